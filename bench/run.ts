/**
 * `npm run bench`: measures and prints, never passes or fails. Issue 2's figures: a first pull
 * from the server into IndexedDB in Debian's Chromium, for one officer and for the leader's
 * whole station, each beside the limit measured in the same run (plain fetch of the same bytes,
 * then a raw IndexedDB put of the same records in one transaction).
 */
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { build } from 'vite';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { CHROMIUM_PATH, launchChromium } from '../test/browser/chromium.ts';
import { startStationServer } from '../test/browser/station-server.ts';
import { printTable } from './table.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const pageDir = resolve(import.meta.dirname, '../node_modules/.cache/ferrybeat-bench-page');

interface Bench {
  ours(
    u: string,
    p: string,
    db: string,
  ): Promise<{
    rows: number;
    ms: number;
    transferBytes: number;
    bodyBytes: number;
    requests: number;
    urls: string[];
    token: string;
  }>;
  limit(
    urls: string[],
    token: string,
    db: string,
  ): Promise<{ fetchMs: number; putMs: number; ms: number }>;
  drop(db: string): Promise<void>;
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

await build({
  configFile: false,
  root: resolve(import.meta.dirname, 'pull-page'),
  base: '/bench/',
  logLevel: 'warn',
  build: { outDir: pageDir, emptyOutDir: true, target: 'es2022' },
});

console.log(`Chromium: ${CHROMIUM_PATH}; rounds: ${ROUNDS} (median shown)`);
const server = await startStationServer(async (app) => {
  await app.register(fastifyStatic, { root: pageDir, prefix: '/bench/', decorateReply: false });
});
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}bench/`);
  await page.waitForFunction(() => 'bench' in window);
  const rows: string[][] = [];
  for (const username of ['officer01', 'leader']) {
    const ours: number[] = [];
    const limits: { fetchMs: number; putMs: number; ms: number }[] = [];
    let shape = { rows: 0, transferBytes: 0, bodyBytes: 0, requests: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const result = await page.evaluate(
        ([u, p, db]) => (window as unknown as { bench: Bench }).bench.ours(u, p, db),
        [username, DEMO_PASSWORD, `ours-${username}-${round}`] as const,
      );
      const raw = await page.evaluate(
        ([urls, token, db]) => (window as unknown as { bench: Bench }).bench.limit(urls, token, db),
        [result.urls, result.token, `raw-${username}-${round}`] as const,
      );
      await page.evaluate(
        (names) =>
          Promise.all(names.map((n) => (window as unknown as { bench: Bench }).bench.drop(n))),
        [`ours-${username}-${round}`, `raw-${username}-${round}`],
      );
      ours.push(result.ms);
      limits.push(raw);
      shape = result;
    }
    const oursMs = median(ours);
    const limitMs = median(limits.map((l) => l.ms));
    rows.push([
      username,
      shape.rows.toLocaleString('en'),
      `${shape.requests}`,
      `${(shape.transferBytes / 1024).toFixed(0)} KiB (${(shape.bodyBytes / 1024 / 1024).toFixed(1)} MiB JSON)`,
      `${oursMs.toFixed(0)} ms`,
      `${limitMs.toFixed(0)} ms (fetch ${median(limits.map((l) => l.fetchMs)).toFixed(0)} + put ${median(limits.map((l) => l.putMs)).toFixed(0)})`,
      `${(oursMs / limitMs).toFixed(2)}×`,
    ]);
  }
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
  console.log('\nTargets: officer01 under 300 ms; leader within 1.5× of the limit.');
} finally {
  await browser.close();
  await server.close();
}
