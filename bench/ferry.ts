/**
 * Issue 3: sync over a ferry-side mobile link. FerryBeat's officer01 first pull and its drain
 * of 1,000 visits, each beside PouchDB 9 doing the same over the same link at several batch
 * sizes (PouchDB's default is 100).
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { PUSH_BATCH_MAX } from '../src/shared/protocol.ts';
import type { StationServer } from '../test/support/stationServer.ts';
import type { CouchServer } from './couchServer.ts';
import { DRAIN_HEADER, DRAIN_VISITS, type Drain, drainMedian, drainRow } from './drain.ts';
import { inPage } from './page.ts';
import { firstPullDocs, type PouchRun, pouchPull, pouchPush } from './pouch.ts';
import { median, repeat } from './stats.ts';
import { printTable } from './table.ts';

/** What the ferry comparisons need. */
export interface FerryContext {
  page: Page;
  server: StationServer;
  couch: CouchServer;
  rounds: number;
  pouchRounds: number;
  pouchSizes: number[];
}

/** FerryBeat's figure for one job and PouchDB's at each batch size. */
export interface Comparison {
  job: string;
  ours: { ms: number; requests: number };
  pouch: PouchRun[];
}

/** Runs PouchDB at each size, `rounds` times each, keeping each size's median. */
async function sweep(ctx: FerryContext, run: (size: number) => Promise<PouchRun>) {
  const runs: PouchRun[] = [];
  for (const size of ctx.pouchSizes) {
    const tries = await repeat(ctx.pouchRounds, () => run(size));
    runs.push({ ...(tries[0] as PouchRun), ms: median(tries.map((t) => t.ms)) });
  }
  return runs;
}

/** officer01's first pull: the app's `pullAll`, then PouchDB pulling the same records. */
export async function comparePull(ctx: FerryContext): Promise<Comparison> {
  const { page } = ctx;
  const pulls = await repeat(ctx.rounds, async (round) => {
    const pull = await inPage(page, 'pullOurs', 'officer01', DEMO_PASSWORD, `link-pull-${round}`);
    await inPage(page, 'drop', `link-pull-${round}`);
    return pull;
  });
  const docs = await firstPullDocs(ctx.server, 'officer01');
  const pouch = await sweep(ctx, (size) => pouchPull(page, ctx.couch, docs, size));
  const records = docs.length.toLocaleString('en');
  return {
    job: `officer01 first pull (${records} records)`,
    ours: { ms: median(pulls.map((p) => p.ms)), requests: pulls[0]?.requests ?? 0 },
    pouch,
  };
}

/**
 * Draining 1,000 visits: the app's `syncOnce`, the same at other push batch sizes the server
 * accepts (what-if rows, through the engine's `batchSize` option), then PouchDB pushing the
 * same mutations. Prints the drains.
 */
export async function comparePush(ctx: FerryContext, pushSizes: number[]): Promise<Comparison> {
  const { page, server } = ctx;
  const drain = await drainMedian(page, server, ctx.rounds);
  const rows = [drainRow('FerryBeat syncOnce', drain)];
  for (const size of pushSizes.filter((s) => s <= PUSH_BATCH_MAX)) {
    const whatIf: Drain = await drainMedian(page, server, ctx.rounds, size);
    rows.push(drainRow(`  … with batchSize ${size}`, whatIf));
  }
  console.log(`\nDraining ${DRAIN_VISITS.toLocaleString('en')} waiting visits over the link`);
  printTable(DRAIN_HEADER, rows);

  await inPage(page, 'fillOutbox', 'pouch-source', 'officer01', DEMO_PASSWORD, DRAIN_VISITS);
  const pouch = await sweep(ctx, (size) => pouchPush(page, ctx.couch, 'pouch-source', size));
  await inPage(page, 'dropDevice', 'pouch-source');
  return { job: `push ${DRAIN_VISITS.toLocaleString('en')} visits`, ours: drain, pouch };
}
