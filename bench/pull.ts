/**
 * Issue 2's figures: a first pull from the server into IndexedDB, for one officer and for the
 * leader's whole station, each beside the limit measured in the same run (plain fetch of the
 * same bytes, then a raw IndexedDB put of the same records in one transaction).
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { inPage } from './page.ts';
import { median, ms, repeat, times } from './stats.ts';
import { printTable } from './table.ts';

/** One user's first pull, `rounds` times: the app's pull and the limit, medians. */
async function pullRow(page: Page, username: string, rounds: number): Promise<string[]> {
  const results = await repeat(rounds, async (round) => {
    const ours = await inPage(page, 'pullOurs', username, DEMO_PASSWORD, `ours-${round}`);
    const limit = await inPage(page, 'pullLimit', ours.urls, ours.token, `raw-${round}`);
    await inPage(page, 'drop', `ours-${round}`);
    await inPage(page, 'drop', `raw-${round}`);
    return { ours, limit };
  });
  const shape = results[0]?.ours;
  const oursMs = median(results.map((r) => r.ours.ms));
  const limitMs = median(results.map((r) => r.limit.ms));
  const fetchMs = median(results.map((r) => r.limit.fetchMs));
  const putMs = median(results.map((r) => r.limit.putMs));
  return [
    username,
    (shape?.rows ?? 0).toLocaleString('en'),
    `${shape?.requests}`,
    `${((shape?.transferBytes ?? 0) / 1024).toFixed(0)} KiB (${((shape?.bodyBytes ?? 0) / 1024 / 1024).toFixed(1)} MiB JSON)`,
    ms(oursMs),
    `${ms(limitMs)} (fetch ${fetchMs.toFixed(0)} + put ${putMs.toFixed(0)})`,
    times(oursMs / limitMs),
  ];
}

/** Prints the first-pull table over loopback. */
export async function benchPull(page: Page, rounds: number): Promise<void> {
  const rows = [await pullRow(page, 'officer01', rounds), await pullRow(page, 'leader', rounds)];
  console.log('\nFirst pull, server → IndexedDB (loopback)');
  printTable(
    [
      'user',
      'changes',
      'requests',
      'on the wire',
      'FerryBeat pull',
      'limit: fetch + raw put',
      'ratio',
    ],
    rows,
  );
  console.log('Targets: officer01 under 300 ms; leader within 1.5× of the limit.');
}
