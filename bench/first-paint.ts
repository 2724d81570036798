/**
 * Issue 4's map first paint without signal, in the real built app: officer01 signs in on a
 * phone-sized page, downloads the offline area of their cells through the map screen (zooms
 * 12–17, the default), the link is cut, and `#/map` is opened in a fresh page each round. The
 * clock is the page's own (`performance.now()`, from navigation start), read when every tile
 * image is loaded from IndexedDB and the overlays are drawn.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { zh } from '../src/client/i18n/zh.ts';
import { phoneContext } from '../test/browser/chromium.ts';
import { startLinkProxy } from '../test/browser/link-proxy.ts';
import { waitForServiceWorkerControl } from '../test/browser/pwa-helpers.ts';
import type { StationServer } from '../test/browser/station-server.ts';
import { signIn } from '../test/browser/visit-ui.ts';
import { median, ms, repeat } from './stats.ts';
import { printTable } from './table.ts';

const TARGET_MS = 500;

/** One cold load of `#/map`: ms from navigation start to overlays drawn and to all tiles shown. */
async function coldMap(context: BrowserContext, url: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${url}#/map`, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      () => {
        const marks = window as unknown as { overlaysAt?: number };
        if (!document.querySelector('.map-view[data-household-count]')) return false;
        marks.overlaysAt ??= performance.now();
        const tiles = [...document.querySelectorAll<HTMLImageElement>('.map-tiles img')];
        // No named functions in here: tsx would wrap them in a helper the page lacks.
        const shown = tiles.every(
          (img) => img.complete && img.naturalWidth > 0 && img.dataset.from === 'idb',
        );
        if (tiles.length === 0 || !shown) return false;
        return { overlays: marks.overlaysAt, all: performance.now(), tiles: tiles.length };
      },
      null,
      { timeout: 30_000 },
    );
    const figures = await ready.jsonValue();
    if (!figures) throw new Error('the map never became ready');
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
    await page.getByRole('link', { name: zh['map.link'], exact: true }).click();
    await page.locator('button.download-area').click();
    const area = page.locator('.map-area[data-state="complete"]');
    await area.waitFor({ timeout: 300_000 });
    const stored = Number(await area.getAttribute('data-stored'));
    await page.close();

    link.up = false;
    await context.setOffline(true);
    const runs = await repeat(rounds, () => coldMap(context, link.url));
    const all = runs.map((r) => r.all);
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
          'overlays drawn (data-household-count set)',
          runs.map((r) => r.overlays),
          '',
        ),
        row(
          `every tile on screen from IndexedDB (${runs.map((r) => r.tiles).join('/')} tiles)`,
          all,
          `under ${TARGET_MS} ms (${(median(all) / TARGET_MS).toFixed(2)}×)`,
        ),
      ],
    );
    console.log(
      `${rounds} cold loads, a fresh page each; polled once per animation frame, so a figure ` +
        'may run up to one frame (~17 ms) late.',
    );
  } finally {
    await context.close();
    await link.close();
  }
}
