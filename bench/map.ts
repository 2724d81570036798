/**
 * Issue 4's figures from the bench page: officer01's offline area (zooms 12–17) planned,
 * downloaded and stored by the app's own `planArea` and `downloadArea`, over loopback and over
 * the emulated link; and the app's household layer drawn for one officer and for the leader's
 * whole station, on a 360×740 map in a phone-sized page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { DEFAULT_SEED } from '../server/demo/station.ts';
import { renderDemoMbtiles } from '../server/tiles/pyramid.ts';
import { LINK_MS, type OverLink } from './link.ts';
import { inPage } from './page.ts';
import { median, ms, repeat } from './stats.ts';
import { printTable } from './table.ts';

/** The demo station's map (same seed as the station), rendered into a temporary MBTiles file. */
export function renderMapTiles(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-bench-tiles-'));
  const path = join(dir, 'demo-tiles.mbtiles');
  const report = renderDemoMbtiles(path, { seed: DEFAULT_SEED });
  console.log(
    `Demo map tiles: ${report.tileCount.toLocaleString('en')} tiles, zooms 11–17 ` +
      `(rendered in ${(report.ms / 1000).toFixed(1)} s, not measured)`,
  );
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** officer01's area downloaded `rounds` times into fresh databases; one table row. */
async function areaRow(page: Page, label: string, rounds: number): Promise<string[]> {
  const { polygons } = await inPage(page, 'mapSignIn', 'officer01', DEMO_PASSWORD, 'map-cells');
  // Each round starts from an empty HTTP cache, as a first download does.
  const cdp = await page.context().newCDPSession(page);
  const runs = await repeat(rounds, async (round) => {
    await cdp.send('Network.clearBrowserCache');
    const fetchMs = await inPage(page, 'mapFetchOnly', polygons);
    await cdp.send('Network.clearBrowserCache');
    const run = await inPage(page, 'mapDownload', polygons, `map-area-${round}`);
    await inPage(page, 'drop', `map-area-${round}`);
    if (run.state !== 'complete') throw new Error(`area download ended ${run.state}`);
    return { ...run, fetchMs };
  });
  await inPage(page, 'drop', 'map-cells');
  await cdp.detach();
  const first = runs[0];
  if (!first) throw new Error('no rounds');
  const time = median(runs.map((r) => r.ms));
  return [
    label,
    `${first.minZoom}–${first.maxZoom}`,
    first.tileCount.toLocaleString('en'),
    `${first.stored.toLocaleString('en')}${first.missing ? ` (+${first.missing} missing)` : ''}`,
    `${mb(first.bytes)} (est. ${mb(first.estimatedBytes)})`,
    ms(time),
    ms(median(runs.map((r) => r.fetchMs))),
    `${((first.stored / time) * 1000).toFixed(0)} tiles/s`,
    `${(first.bytes / 1e3 / time).toFixed(2)} MB/s`,
  ];
}

/** Prints officer01's offline area table: loopback (`rounds`, median) and the link (once). */
export async function benchMapArea(page: Page, overLink: OverLink, rounds: number) {
  const rows = [await areaRow(page, 'loopback', rounds)];
  rows.push(await overLink(() => areaRow(page, `${LINK_MS} ms link`, 1)));
  console.log("\nOffline map area, officer01's cells: planArea + downloadArea → IndexedDB");
  printTable(
    [
      'link',
      'zooms',
      'tiles',
      'stored',
      'bytes stored',
      'download + store',
      'limit: fetch only',
      'rate (download + store)',
      '',
    ],
    rows,
  );
  console.log(
    `Loopback: median of ${rounds}; the link: one run; each from an empty HTTP cache. No target ` +
      'set. The app fetches 4 tiles at a time and stores each in its own transaction; the limit ' +
      'fetches the same tiles 4 at a time and stores nothing.',
  );
}

/** Target for drawing the leader's households. */
const DRAW_TARGET_MS = 200;

/** Prints the household layer's drawing time for officer01 and the leader, `rounds` each. */
export async function benchHouseholds(page: Page, rounds: number): Promise<void> {
  const rows: string[][] = [];
  for (const user of ['officer01', 'leader']) {
    const db = `draw-${user}`;
    const { gridIds } = await inPage(page, 'mapSignIn', user, DEMO_PASSWORD, db);
    const { households, samples } = await inPage(page, 'drawHouseholds', db, gridIds, rounds);
    await inPage(page, 'drop', db);
    const total = median(samples.map((s) => s.totalMs));
    rows.push([
      user,
      households.toLocaleString('en'),
      ms(median(samples.map((s) => s.buildMs))),
      ms(median(samples.map((s) => s.frameMs))),
      ms(total),
      user === 'leader'
        ? `under ${DRAW_TARGET_MS} ms (${(total / DRAW_TARGET_MS).toFixed(2)}×)`
        : '',
    ]);
  }
  console.log(
    '\nDrawing the households: householdDots.ts on a 360×740 Leaflet map (phone page, ×2 pixels)',
  );
  printTable(['user', 'households', 'add + draw', 'to its frame', 'to painted', 'target'], rows);
  console.log(
    `Median of ${rounds}, from adding the layer. "add + draw": the page's own work; "to its ` +
      'frame": to the animation frame that puts the canvas on screen; "to painted": to the frame ' +
      'after, which begins once that one is painted (the canvas rasterised).',
  );
}
