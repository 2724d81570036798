/**
 * Issue 3: draining 1,000 waiting visits. The app's `syncOnce` (push only) is timed until the
 * outbox is empty; the server's `visits` table is checked afterwards for exactly the new visits.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import type { StationServer } from '../test/support/stationServer.ts';
import { inPage } from './page.ts';
import { median, ms, repeat } from './stats.ts';
import { printTable } from './table.ts';

/** Visits waiting in the outbox before a drain. */
export const DRAIN_VISITS = 1_000;

/** One drain's figures. */
export interface Drain {
  ms: number;
  requests: number;
  /** Time inside push requests; they run one after another, so this sums. */
  inRequestsMs: number;
  /** Visits the server gained, and how many of them carry the drained ids. */
  newVisits: number;
  matched: number;
  /** Entries still waiting or sending after the drain. */
  left: number;
}

async function countVisits(server: StationServer, ids?: string[]): Promise<number> {
  let query = server.ctx.db.selectFrom('visits');
  if (ids) query = query.where('id', 'in', ids);
  const row = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Fills a fresh device's outbox with officer01's visits (not timed), then times its drain. */
export async function drainOnce(
  page: Page,
  server: StationServer,
  name: string,
  batchSize?: number,
): Promise<Drain> {
  const before = await countVisits(server);
  const ids = await inPage(page, 'fillOutbox', name, 'officer01', DEMO_PASSWORD, DRAIN_VISITS);
  const drain = await inPage(page, 'drainOutbox', name, batchSize);
  await inPage(page, 'dropDevice', name);
  return {
    ms: drain.ms,
    requests: drain.requests,
    inRequestsMs: drain.inRequestsMs,
    newVisits: (await countVisits(server)) - before,
    matched: await countVisits(server, ids),
    left: drain.left,
  };
}

/** The value of `values` farthest from `target`: what a check of "exactly" must see. */
const farthest = (values: number[], target: number): number =>
  values.reduce((a, b) => (Math.abs(b - target) > Math.abs(a - target) ? b : a));

/** `rounds` drains: median times; counts from the worst round. */
export async function drainMedian(
  page: Page,
  server: StationServer,
  rounds: number,
  batchSize?: number,
): Promise<Drain> {
  const drains = await repeat(rounds, (round) =>
    drainOnce(page, server, `drain-${batchSize ?? 'app'}-${round}`, batchSize),
  );
  return {
    ms: median(drains.map((d) => d.ms)),
    requests: Math.max(...drains.map((d) => d.requests)),
    inRequestsMs: median(drains.map((d) => d.inRequestsMs)),
    newVisits: farthest(
      drains.map((d) => d.newVisits),
      DRAIN_VISITS,
    ),
    matched: farthest(
      drains.map((d) => d.matched),
      DRAIN_VISITS,
    ),
    left: Math.max(...drains.map((d) => d.left)),
  };
}

/** A table row for a drain. */
export function drainRow(label: string, d: Drain): string[] {
  return [
    label,
    `${d.requests}`,
    ms(d.ms),
    ms(d.inRequestsMs),
    ms(d.ms - d.inRequestsMs),
    `${d.newVisits.toLocaleString('en')} (${d.matched.toLocaleString('en')} by id)`,
    `${d.left}`,
  ];
}

/** The header of drain tables. */
export const DRAIN_HEADER = [
  'push',
  'requests',
  'syncOnce',
  'in requests',
  'on the device',
  'new visits on server',
  'left waiting',
];

/** Prints the drain over loopback. */
export async function benchDrain(page: Page, server: StationServer, rounds: number) {
  const drain = await drainMedian(page, server, rounds);
  console.log(`\nDraining ${DRAIN_VISITS.toLocaleString('en')} waiting visits (loopback)`);
  printTable(DRAIN_HEADER, [drainRow('FerryBeat syncOnce', drain)]);
  console.log('Targets: under 2 s, at most 20 requests.');
}
