/**
 * Issue 4's map first paint without signal, in the real built app: officer01 signs in on a
 * phone-sized page, downloads the offline area of their cells through the map screen (zooms
 * 12–17, the default), the link is cut, and `#/map` is opened in a fresh page each round. The
 * clock is the page's own (its performance timeline, from navigation start): the marks the app
 * sets when the overlays are drawn, when every tile in view has loaded from IndexedDB, and when
 * the frame after both has begun (the map painted).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { zh } from '../src/client/i18n/zh.ts';
import { phoneContext } from '../test/support/chromium.ts';
import { startLinkProxy } from '../test/support/linkProxy.ts';
import { waitForServiceWorkerControl } from '../test/support/pwaHelpers.ts';
import type { StationServer } from '../test/support/stationServer.ts';
import { signIn } from '../test/support/visitUi.ts';
import { median, ms, repeat } from './stats.ts';
import { printTable } from './table.ts';

const TARGET_MS = 500;

/** One cold load of `#/map`: ms from navigation start to overlays drawn, tiles shown, painted. */
async function coldMap(context: BrowserContext, url: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${url}#/map`, { waitUntil: 'commit' });
    // The app marks its own timeline (src/client/app/marks.ts): polling from here would add
    // the poll's own delay to every figure.
    const ready = await page.waitForFunction(
      () => {
        const [overlays] = performance.getEntriesByName('households-drawn');
        const [shown] = performance.getEntriesByName('map-tiles-shown');
        const [painted] = performance.getEntriesByName('map-painted');
        if (!overlays || !shown || !painted) return false;
        const tiles = [...document.querySelectorAll<HTMLImageElement>('.map-tiles img')];
        // No named functions in here: tsx would wrap them in a helper the page lacks.
        const fromDevice = tiles.every(
          (img) => img.complete && img.naturalWidth > 0 && img.dataset.from === 'idb',
        );
        return {
          overlays: overlays.startTime,
          all: shown.startTime,
          painted: painted.startTime,
          tiles: tiles.length,
          fromDevice,
        };
      },
      null,
      { timeout: 30_000 },
    );
    const figures = await ready.jsonValue();
    if (!figures) throw new Error('the map never became ready');
    if (!figures.fromDevice) throw new Error('a tile on screen did not come from IndexedDB');
    return figures;
  } finally {
    await page.close();
  }
}

/** Prints the offline map's first paint, median of `rounds` cold loads. */
export async function benchMapFirstPaint(browser: Browser, server: StationServer, rounds: number) {
  const link = await startLinkProxy(Number(new URL(server.url).port));
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    await signIn(page, link.url);
    await waitForServiceWorkerControl(page);
    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();
    await page.locator('button.download-area').click();
    const area = page.locator('.map-area[data-state="complete"]');
    await area.waitFor({ timeout: 300_000 });
    const stored = Number(await area.getAttribute('data-stored'));
    await page.close();

    link.up = false;
    await context.setOffline(true);
    const runs = await repeat(rounds, () => coldMap(context, link.url));
    const tiles = runs.map((r) => r.all);
    // The map as the officer needs it: the tiles in view and the cells and households on them,
    // on screen.
    const painted = runs.map((r) => r.painted);
    const row = (label: string, values: number[], target: string) => [
      label,
      ms(median(values)),
      `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`,
      target,
    ];
    console.log(
      `\nMap first paint offline: officer01, 360×740 phone page, ${stored.toLocaleString('en')} ` +
        'tiles stored, link cut, #/map loaded afresh (service worker, IndexedDB)',
    );
    printTable(
      ['from navigation start to', 'median', 'min – max', 'target'],
      [
        row(
          'overlays drawn (mark households-drawn)',
          runs.map((r) => r.overlays),
          '',
        ),
        row(
          `every tile in view loaded from IndexedDB (mark map-tiles-shown; ${runs.map((r) => r.tiles).join('/')} tiles)`,
          tiles,
          '',
        ),
        row(
          'the later of the two',
          runs.map((r) => Math.max(r.all, r.overlays)),
          '',
        ),
        row(
          'the whole map painted (mark map-painted: the frame after both has begun)',
          painted,
          `under ${TARGET_MS} ms (${(median(painted) / TARGET_MS).toFixed(2)}×)`,
        ),
      ],
    );
    console.log(`${rounds} cold loads, a fresh page each; figures are the app's own marks.`);
  } finally {
    await context.close();
    await link.close();
  }
}
