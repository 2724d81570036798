/**
 * The installed app in Debian's Chromium: installable, opening with no network from a cold
 * start, and taking a new version only when the officer taps 更新. Each test has a browser
 * profile of its own; all share the one build in dist/.
 */
import { rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_SYNC_TAG } from '../../src/device/sync/background.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import {
  buildAppVersion,
  cachedUrls,
  dispatchSyncEvent,
  installCheck,
  launchPersistentPhone,
  waitForServiceWorkerControl,
} from '../support/pwaHelpers.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { listTotal, scrollListToEnd, signIn } from '../support/visitUi.ts';

const run = chromiumAvailable();
const DIST = resolve(import.meta.dirname, '../../dist');

describe.skipIf(!run)('the app as an installed, offline PWA', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const servers: StationServer[] = [];

  const startServer = async (options: Parameters<typeof startStationServer>[0] = {}) => {
    const server = await startStationServer(options);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    await Promise.all(servers.splice(0).map((server) => server.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("Chromium's installability check reports no errors", async () => {
    const server = await startServer();
    context = await launchPersistentPhone();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    await expect(installCheck(page)).resolves.toEqual({
      installabilityErrors: [],
      manifestErrors: [],
    });
  });

  it('the service worker precaches every file of the build, the lazy API chunk too, and no API answer', async () => {
    const server = await startServer();
    context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorkerControl(page);
    const cached = (await cachedUrls(page)).map((url) => new URL(url).pathname);
    const assets = (await readdir(resolve(DIST, 'assets'))).filter((f) => !f.endsWith('.map'));
    expect(assets.some((file) => file.startsWith('api-'))).toBe(true);
    for (const file of assets) expect(cached).toContain(`/assets/${file}`);
    expect(cached).toContain('/index.html');
    expect(cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  });

  it("after signing in online, the app opens from a cold start with no network, shows the officer's households, and opens a household and its visit form (screens in chunks of their own)", async () => {
    const server = await startServer();
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    const households = await listTotal(page);
    await scrollListToEnd(page, households);
    await waitForServiceWorkerControl(page);

    await server.close();
    await context.setOffline(true);
    await page.close();
    const cold = await context.newPage();
    await cold.goto(server.url);
    await cold.locator('li.household').first().waitFor({ timeout: 60_000 });
    await scrollListToEnd(cold, households);

    await cold.locator('li.household a').first().click();
    await cold.locator('.detail-address').waitFor({ timeout: 20_000 });
    const id = decodeURIComponent((await cold.evaluate(() => location.hash)).split('/')[2] ?? '');
    await cold.evaluate(
      (href) => {
        location.hash = href;
      },
      `#/households/${encodeURIComponent(id)}/visit`,
    );
    await cold.locator('form.visit-form').waitFor({ timeout: 20_000 });
  });

  it("with the app closed, the service worker's sync event runs the sync engine", async () => {
    // Pulls made by the service worker: its fetches name its script as their referrer, the
    // page's (and its sync worker's) name the page or a chunk, so a pull the page still had
    // under way when it was left cannot pass for the service worker's.
    const workerPulls: string[] = [];
    const server = await startServer({
      beforeListen: async (app) => {
        app.addHook('onRequest', async (request) => {
          const referrer = new URL(request.headers.referer ?? 'about:blank').pathname;
          if (request.url.startsWith('/api/sync/pull') && referrer === '/sw.js') {
            workerPulls.push(request.url);
          }
        });
      },
    });
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    await waitForServiceWorkerControl(page);

    // Leave the app: only the service worker is left to talk to the server.
    await page.goto(`${server.url}favicon.svg`);
    expect(workerPulls).toEqual([]);
    await dispatchSyncEvent(page, OUTBOX_SYNC_TAG);
    await expect.poll(() => workerPulls.length, { timeout: 30_000 }).toBeGreaterThan(0);
  });

  describe('a second version of the app', () => {
    let nextDist: string;

    beforeAll(async () => {
      nextDist = await buildAppVersion('pwa-test-next');
    });

    afterAll(() => {
      if (nextDist) rmSync(nextDist, { recursive: true, force: true });
    });

    it('a new version is announced and applied only when the user chooses', async () => {
      const first = await startServer();
      context = await phoneContext(browser);
      const page = await context.newPage();
      await page.goto(first.url);
      await waitForServiceWorkerControl(page);
      const version = page.locator('.app-version');
      const oldVersion = await version.textContent();
      expect(oldVersion).not.toContain('pwa-test-next');
      // Survives only as long as this document does: a reload would drop it.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      await first.close();
      await startServer({ distDir: nextDist, port: Number(new URL(first.url).port) });
      // The app checks for a new version whenever it becomes visible.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.getByText('新版本可用').waitFor();
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting != null;
      });
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      await expect(version.textContent()).resolves.toBe(oldVersion);

      await page.getByRole('button', { name: '更新' }).click();
      await page.locator('.app-version', { hasText: 'pwa-test-next' }).waitFor();
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
    });
  });
});
