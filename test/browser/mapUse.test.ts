/**
 * Using the map screen: getting there from the list and a household and back, tapping a
 * household drawn on the canvas, visited households drawn apart, the officer's GPS position,
 * and the offline-map panel's plan and removal. Real Chromium, the built app, the real server
 * with the demo station's map; one server and one tile file for the whole file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderDemoMbtiles } from '../../server/tiles/pyramid.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import { planArea } from '../../src/device/map/areaPlan.ts';
import { type MapManifest, parseManifest } from '../../src/device/map/manifestSchema.ts';
import type { Household } from '../../src/shared/entities.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { openHousehold, recordVisitThroughUi, signIn } from '../support/visitUi.ts';
import {
  canvasColourAt,
  countStore,
  householdPixel,
  lonelyHouseholds,
  mapCentre,
  type Pixel,
} from './mapHelpers.ts';

const run = chromiumAvailable();
const DOWNLOAD_MS = 90_000;
/** The demo station's seed (config.ts's default), so map and station agree. */
const DEMO_SEED = 20230801;
const OFFICER = 'officer01';

/** Within this many CSS pixels, two points on the map are the same place. */
const SAME_PLACE_PX = 2;

const near = (a: Pixel, b: Pixel, tolerance = SAME_PLACE_PX) =>
  Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance;

describe.skipIf(!run)('using the map', () => {
  let browser: Browser;
  let server: StationServer;
  let context: BrowserContext | undefined;
  let tilesDir: string;
  /** Households of officer01's cells that a tap hits alone, none visited this month. */
  let lonely: Household[];

  beforeAll(async () => {
    browser = await launchChromium();
    tilesDir = mkdtempSync(join(tmpdir(), 'ferrybeat-tiles-'));
    const tilesPath = join(tilesDir, 'demo-tiles.mbtiles');
    renderDemoMbtiles(tilesPath, { seed: DEMO_SEED });
    server = await startStationServer({ tilesPath });
    lonely = lonelyHouseholds(server.station, OFFICER);
    expect(lonely.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    rmSync(tilesDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** A signed-in officer01 on a fresh phone, on the household list. */
  async function signedIn(options: { geolocation?: boolean } = {}): Promise<Page> {
    context = await phoneContext(browser);
    if (options.geolocation) await context.grantPermissions(['geolocation']);
    const page = await context.newPage();
    await signIn(page, server.url);
    return page;
  }

  /** Waits until the map has drawn its households (and reports how many are visited). */
  async function mapReady(page: Page): Promise<{ households: number; visited: number }> {
    const map = page.locator('.map-view[data-household-count][data-tile-source]');
    await map.waitFor();
    return {
      households: Number(await map.getAttribute('data-household-count')),
      visited: Number(await map.getAttribute('data-visited-count')),
    };
  }

  /** From a household's screen to the map centred on it; resolves with where it is drawn. */
  async function showOnMap(page: Page, id: string): Promise<Pixel> {
    await page.getByRole('link', { name: zh['map.showOnMap'], exact: true }).click();
    await mapReady(page);
    return householdPixel(page, id);
  }

  /** Closes the open popup and taps the map at `at`; resolves with the popup that opens. */
  async function tapHousehold(page: Page, at: Pixel) {
    await page.locator('.leaflet-popup-close-button').click();
    await page.locator('.map-popup').waitFor({ state: 'detached' });
    await page.touchscreen.tap(at.x, at.y);
    const popup = page.locator('.map-popup');
    await popup.waitFor();
    return popup;
  }

  it('goes from the list to the map and back to the list as it was left', async () => {
    const page = await signedIn();
    // A search by a common surname: a long list to scroll.
    const surname = lonely[0]?.headName.slice(0, 1) ?? '';
    await page.getByLabel(zh['list.search']).fill(surname);
    const total = page.locator('.list-total');
    await expect.poll(() => total.textContent()).toMatch(/^找到/);
    const found = await total.textContent();
    const rows = await page.locator('li.household').count();
    expect(rows).toBeGreaterThan(20);
    // Scrolled well down the list; the tabs stay in reach at the bottom.
    const scrolled = await page.evaluate(() => {
      window.scrollTo(0, 1500);
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(0);

    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#/map');
    await mapReady(page);

    await page.getByRole('link', { name: zh['nav.households'], exact: true }).click();
    await page.locator('li.household').first().waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/households');
    await expect.poll(() => page.getByLabel(zh['list.search']).inputValue()).toBe(surname);
    expect(await total.textContent()).toBe(found);
    expect(await page.locator('li.household').count()).toBe(rows);
    await page.waitForFunction((y) => window.scrollY === y, scrolled);
  });

  it("opens the map centred on a household from its screen, with the household's popup", async () => {
    const page = await signedIn();
    const household = lonely[0] as Household;
    await openHousehold(page, household.id);

    const at = await showOnMap(page, household.id);
    expect(await page.evaluate(() => location.hash)).toBe(
      `#/map?household=${encodeURIComponent(household.id)}`,
    );
    const popup = page.locator(`.map-popup[data-household-id="${household.id}"]`);
    expect(await popup.locator('strong').textContent()).toBe(household.addressText);
    expect(near(at, await mapCentre(page))).toBe(true);
  });

  it('from a household opened in the list, the map’s back button leads to the household, then the list', async () => {
    const page = await signedIn();
    const household = lonely[0] as Household;
    // Opened by tapping its row, as an officer would.
    await page.getByLabel(zh['list.search']).fill(household.addressText);
    await page.locator(`li.household[data-household-id="${household.id}"] a`).click();
    await page.locator('.detail-address').waitFor();
    await showOnMap(page, household.id);
    await page.getByRole('button', { name: zh['detail.back'], exact: true }).click();
    await page.locator('.detail-address').waitFor();
    await page.getByRole('button', { name: zh['detail.back'], exact: true }).click();
    await page.locator('li.household').first().waitFor();
    // Two steps back in history, to the list as the app first showed it (no hash is the list).
    expect(['', '#/households']).toContain(await page.evaluate(() => location.hash));
  });

  it("opens a tapped household's popup, also a fingertip beside its dot, and from it the household and its visit form", async () => {
    const page = await signedIn();
    const household = lonely[1] as Household;
    await openHousehold(page, household.id);
    const at = await showOnMap(page, household.id);

    // A tap on the household's dot: its popup, its address, 查看住户 opens its screen.
    let popup = await tapHousehold(page, at);
    expect(await popup.getAttribute('data-household-id')).toBe(household.id);
    expect(await popup.locator('strong').textContent()).toBe(household.addressText);
    expect(await popup.textContent()).toContain(household.headName);
    await popup.getByRole('link', { name: zh['map.openHousehold'], exact: true }).click();
    await page.locator('.detail-address').waitFor();
    expect(await page.locator('.detail-address').textContent()).toBe(household.addressText);
    // The popup's link is an in-app link like any other: back returns to the map, one step.
    await page.getByRole('button', { name: zh['detail.back'], exact: true }).click();
    await mapReady(page);
    expect(await page.evaluate(() => location.hash)).toBe(
      `#/map?household=${encodeURIComponent(household.id)}`,
    );

    // Another tap, a fingertip beside the dot (10 px; the nearest other household is over
    // 30 m, about 27 px, away): 记录走访 opens the visit form for that household.
    const again = await householdPixel(page, household.id);
    popup = await tapHousehold(page, { x: again.x + 10, y: again.y });
    expect(await popup.getAttribute('data-household-id')).toBe(household.id);
    await popup.getByRole('link', { name: zh['visit.record'], exact: true }).click();
    await page.locator('form.visit-form').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(
      `#/households/${encodeURIComponent(household.id)}/visit`,
    );
    expect(await page.locator('.visit-household').textContent()).toContain(household.addressText);
  });

  it('draws a household visited this month apart from those still to visit', async () => {
    const page = await signedIn();
    const household = lonely[2] as Household;
    await openHousehold(page, household.id);
    const at = await showOnMap(page, household.id);
    const before = await mapReady(page);
    // Still to visit: orange (#fb923c at 0.9).
    await expect
      .poll(async () => {
        const [r, g, b, a] = await canvasColourAt(page, at);
        return r > g && g > b && a > 200;
      })
      .toBe(true);

    await page.goBack();
    await page.locator('.detail-address').waitFor();
    await recordVisitThroughUi(page, household.id);
    await showOnMap(page, household.id);
    await expect
      .poll(async () => Number(await page.locator('.map-view').getAttribute('data-visited-count')))
      .toBe(before.visited + 1);
    expect((await mapReady(page)).households).toBe(before.households);
    // Visited: green (#7bbf8a at 0.6).
    await expect
      .poll(async () => {
        const [r, g, b, a] = await canvasColourAt(page, at);
        return g > r && g > b && a > 100 && a < 200;
      })
      .toBe(true);
  });

  it("shows the officer's GPS position and its accuracy when location is allowed", async () => {
    const page = await signedIn({ geolocation: true });
    const household = lonely[0] as Household;
    const [longitude, latitude] = household.location;
    await context?.setGeolocation({ latitude, longitude, accuracy: 25 });
    await openHousehold(page, household.id);
    const at = await showOnMap(page, household.id);

    // The dot where the phone is (standing at the household's door), and a circle of 25 m
    // radius around it: at zoom 17 and this latitude, about 22.7 px.
    const dot = page.locator('.map-view path.map-position');
    await dot.waitFor();
    const accuracy = page.locator('.map-view path.map-accuracy');
    const dotBox = await dot.boundingBox();
    const circle = await accuracy.boundingBox();
    if (!dotBox || !circle) throw new Error('position not drawn');
    const centreOf = (box: { x: number; y: number; width: number; height: number }) => ({
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(near(centreOf(dotBox), at)).toBe(true);
    expect(near(centreOf(circle), at)).toBe(true);
    // Leaflet measures metres on a 6,371 km sphere and projects on a 6,378 km one; it rounds
    // the radius to whole pixels and the box takes in the 1 px outline.
    const metresPerPixel =
      (2 * Math.PI * 6_378_137 * Math.cos((latitude * Math.PI) / 180)) / 2 ** 25;
    const diameter = (2 * 25 * 6_378_137) / 6_371_000 / metresPerPixel;
    expect(Math.abs(circle.width - diameter)).toBeLessThanOrEqual(2);
    expect(Math.abs(circle.height - diameter)).toBeLessThanOrEqual(2);
  });

  it('shows the map without a position or an error when location is refused', async () => {
    const page = await signedIn();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();
    const { households } = await mapReady(page);
    expect(households).toBeGreaterThan(0);

    // The page asks too: once refused here, the map's own request has been refused as well.
    const code = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          navigator.geolocation.getCurrentPosition(
            () => resolve(0),
            (error) => resolve(error.code),
          ),
        ),
    );
    expect(code).toBe(1); // PERMISSION_DENIED
    expect(await page.locator('.map-view path.map-position').count()).toBe(0);
    expect(await page.locator('.map-view path.map-accuracy').count()).toBe(0);
    expect(await page.locator('.map-screen [role=alert]').count()).toBe(0);
    expect(await page.locator('.map-screen .notice').count()).toBe(0);
    expect(await page.locator('.map-view canvas').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows the tile count and size before a download, and removing an area frees its tiles', async () => {
    const page = await signedIn();
    page.on('dialog', (dialog) => void dialog.accept());
    const response = await fetch(new URL('tiles/manifest.json', server.url));
    const manifest: MapManifest = parseManifest(await response.json());
    const grids = new Set(
      server.station.assignments.filter((a) => a.username === OFFICER).map((a) => a.gridId),
    );
    const polygons = server.station.grids.filter((g) => grids.has(g.id)).map((g) => g.polygon);

    await page.getByRole('link', { name: zh['nav.map'], exact: true }).click();
    await mapReady(page);
    const plan = page.locator('.area-plan');
    const download = async (minZoom: number, maxZoom: number) => {
      await page.locator('.offline-maps select[name=minZoom]').selectOption(String(minZoom));
      await page.locator('.offline-maps select[name=maxZoom]').selectOption(String(maxZoom));
      const expected = planArea(manifest, polygons, { minZoom, maxZoom });
      if (!expected) throw new Error('no area to plan');
      // Before anything is fetched: how many tiles and about how big.
      const size = `${Math.round(expected.estimatedBytes / 100_000) / 10} MB`;
      await expect
        .poll(() => plan.getAttribute('data-tile-count'))
        .toBe(String(expected.tileCount));
      expect(await plan.textContent()).toBe(
        zh['map.offline.plan']
          .replace('{count}', String(expected.tileCount))
          .replace('{size}', size),
      );
      await page.locator('button.download-area').click();
      const area = page.locator(`.map-area[data-area-id="${expected.id}"][data-state="complete"]`);
      await area.waitFor({ timeout: DOWNLOAD_MS });
      return { area, stored: Number(await area.getAttribute('data-stored')) };
    };

    expect(await countStore(page, 'tiles')).toBe(0);
    // Zoom 12 alone, then 12–13: the second shares the first's tiles.
    const small = await download(12, 12);
    expect(small.stored).toBeGreaterThan(0);
    expect(await countStore(page, 'tiles')).toBe(small.stored);
    const large = await download(12, 13);
    expect(large.stored).toBeGreaterThan(small.stored);
    expect(await countStore(page, 'tiles')).toBe(large.stored);

    // Removing 12–13 frees its zoom-13 tiles; zoom 12's stay for the other area.
    await large.area.locator('button.remove-area').click();
    await large.area.waitFor({ state: 'detached' });
    await expect.poll(() => countStore(page, 'tiles')).toBe(small.stored);
    await small.area.locator('button.remove-area').click();
    await page.locator('.map-area').first().waitFor({ state: 'detached' });
    await expect.poll(() => countStore(page, 'tiles')).toBe(0);
    expect(await countStore(page, 'mapAreas')).toBe(0);
    expect(await page.locator('.offline-used').count()).toBe(0);
  });
});
