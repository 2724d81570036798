/**
 * The map without signal: officer01 downloads the offline map of their cells (zooms 12–14 to
 * keep it quick), the link is cut, and the map opens with every tile from IndexedDB, the cells
 * and the households drawn. Real Chromium, the built app, the real server behind a link proxy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoMbtiles } from '../../server/tiles/pyramid.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type LinkProxy, startLinkProxy } from '../support/linkProxy.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { signIn } from '../support/visitUi.ts';

const run = chromiumAvailable();
const DOWNLOAD_MS = 90_000;
/** The demo station's seed (config.ts's default), so map and station agree. */
const DEMO_SEED = 20230801;

describe.skipIf(!run)('the offline map', () => {
  let browser: Browser;
  let server: StationServer | undefined;
  let link: LinkProxy | undefined;
  let context: BrowserContext | undefined;

  let tilesDir: string;
  let tilesPath: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // The demo station's own map, as `npm start` renders it in demo mode.
    tilesDir = mkdtempSync(join(tmpdir(), 'ferrybeat-tiles-'));
    tilesPath = join(tilesDir, 'demo-tiles.mbtiles');
    renderDemoMbtiles(tilesPath, { seed: DEMO_SEED });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tilesDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await context?.close();
    await link?.close();
    await server?.close();
    context = undefined;
    link = undefined;
    server = undefined;
  });

  it('draws every tile from IndexedDB, the cells and the households after the link is cut, and as the officer pans and zooms in', async () => {
    server = await startStationServer({ tilesPath });
    const proxy = await startLinkProxy(Number(new URL(server.url).port));
    link = proxy;
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, link.url);

    const station = server.station;
    const grids = new Set(
      station.assignments.filter((a) => a.username === 'officer01').map((a) => a.gridId),
    );
    const households = station.households.filter((h) => grids.has(h.gridId)).length;

    // Online: open the map's tab, plan 12–14, download.
    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();
    await page.locator('.offline-maps select[name=minZoom]').selectOption('12');
    await page.locator('.offline-maps select[name=maxZoom]').selectOption('14');
    const planned = Number(await page.locator('.area-plan').getAttribute('data-tile-count'));
    expect(planned).toBeGreaterThan(0);
    await page.locator('button.download-area').click();
    const area = page.locator('.map-area[data-state="complete"]');
    await area.waitFor({ timeout: DOWNLOAD_MS });
    expect(Number(await area.getAttribute('data-stored'))).toBeGreaterThan(0);

    // Cut the link, leave the map and come back: a new map reads only IndexedDB.
    await page.getByRole('link', { name: zh['nav.households'], exact: true }).click();
    await page.locator('li.household').first().waitFor();
    link.up = false;
    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      // The manifest is tried and may fail (the map then uses the one the area kept); a tile
      // must never come from the network.
      if (/^\/tiles\/\d+\//.test(new URL(request.url()).pathname)) failed.push(request.url());
    });
    const seenBefore = link.seen.length;
    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();

    const map = page.locator('.map-view[data-household-count]');
    await map.waitFor();
    await page.locator('.map-view[data-tiles-offline="true"]').waitFor();
    /** Every tile on screen has loaded, and from IndexedDB; no tile was asked of the network. */
    const expectTilesFromDevice = async () => {
      // In one read: once every tile on screen has loaded, where each came from. (Read apart,
      // a tile Leaflet adds in between, its source not yet looked up, would have none.)
      const loaded = await page.waitForFunction(() => {
        const tiles = [...document.querySelectorAll<HTMLImageElement>('.map-tiles img')];
        const done = tiles.length > 0 && tiles.every((img) => img.complete && img.naturalWidth > 0);
        return done && tiles.map((img) => img.dataset.from ?? '');
      });
      const tiles = (await loaded.jsonValue()) as string[];
      expect(tiles.length).toBeGreaterThan(0);
      expect(tiles.every((from) => from === 'idb')).toBe(true);
      expect(failed).toEqual([]);
      expect(proxy.seen.slice(seenBefore).filter((r) => /^\/tiles\/\d+\//.test(r.path))).toEqual(
        [],
      );
    };
    /** How many pixels of the households' canvas hold a dot. */
    const dotPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.map-view canvas');
        const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let i = 3; i < (pixels?.data.length ?? 0); i += 4) if (pixels?.data[i]) drawn++;
        return drawn;
      });
    await expectTilesFromDevice();

    expect(Number(await map.getAttribute('data-household-count'))).toBe(households);
    expect(await page.locator('.map-view canvas').count()).toBeGreaterThan(0);
    expect(await dotPixels()).toBeGreaterThan(0);
    expect(await page.locator('.map-view path.map-grid.own').count()).toBe(grids.size);
    expect(await page.locator('.map-grid-label').count()).toBe(grids.size);

    // Pan the map by hand, then zoom in one step: still every tile from the device, and the
    // households drawn where the map now is.
    const pane = page.locator('.leaflet-map-pane');
    const before = await pane.evaluate((el) => getComputedStyle(el).transform);
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => pane.evaluate((el) => getComputedStyle(el).transform)).not.toBe(before);
    await expectTilesFromDevice();
    await expect.poll(dotPixels).toBeGreaterThan(0);

    await page.locator('.leaflet-control-zoom-in').click();
    await expectTilesFromDevice();
    await expect.poll(dotPixels).toBeGreaterThan(0);
  });
});
