/**
 * The benchmark page, served from the station server's origin at /bench/. It exposes one
 * object, `window.bench`, whose functions bench/*.ts call through Playwright; each runs the
 * app's real modules from src/ (or PouchDB, for comparison) and returns figures.
 */

import { drainOutbox, dropDevice, fillOutbox } from './drain.ts';
import { drawHouseholds, mapDownload, mapFetchOnly, mapSignIn } from './map.ts';
import { planInWorker } from './planner.ts';
import { pouchPull, pouchPush } from './pouch.ts';
import { pullLimit, pullOurs } from './pull.ts';
import { drop } from './rawIdb.ts';
import { saveVisits } from './save.ts';

/** Times a small request: the round trip of the link and nothing else. */
async function fetchHealth(): Promise<number> {
  const started = performance.now();
  await (await fetch('/api/health', { cache: 'no-store' })).json();
  return performance.now() - started;
}

const bench = {
  pullOurs,
  pullLimit,
  saveVisits,
  fillOutbox,
  drainOutbox,
  dropDevice,
  pouchPush,
  pouchPull,
  fetchHealth,
  drop,
  mapSignIn,
  mapDownload,
  mapFetchOnly,
  drawHouseholds,
  planInWorker,
};

/** What the page offers to the benchmark runner. */
export type BenchPage = typeof bench;

(window as unknown as { bench: BenchPage }).bench = bench;
