/**
 * Visits recorded with no signal reach the station exactly once: over a link the test cuts and
 * restores (a proxy in front of the real server), with the app closed (the service worker's
 * Background Sync), over a flaky link that drops requests and loses answers, and across an app
 * update with a server restart. Real Chromium, the built app, the real server; no sleeps.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import { OUTBOX_SYNC_TAG } from '../../src/device/sync/background.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type LinkProxy, startLinkProxy } from '../support/linkProxy.ts';
import { buildAppVersion, waitForServiceWorkerControl } from '../support/pwaHelpers.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import {
  fillVisitForm,
  makePhoto,
  openHousehold,
  openTab,
  openVisitForm,
  readOutbox,
  recordVisitThroughUi,
  saveVisitForm,
  signIn,
} from '../support/visitUi.ts';

const run = chromiumAvailable();
const SYNC_MS = 60_000;

describe.skipIf(!run)('offline visits reach the station', () => {
  let browser: Browser;
  let server: StationServer;
  let link: LinkProxy;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await link?.close();
    await server?.close();
  });

  async function start(options: Parameters<typeof startStationServer>[0] = {}) {
    server = await startStationServer(options);
    link = await startLinkProxy(Number(new URL(server.url).port));
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, link.url);
    await waitForServiceWorkerControl(page);
    return page;
  }

  /** officer01's households, from the station the server holds. */
  function householdsOfOfficer01(count: number): string[] {
    const grids = new Set(
      server.station.assignments.filter((a) => a.username === 'officer01').map((a) => a.gridId),
    );
    return server.station.households
      .filter((h) => grids.has(h.gridId))
      .slice(0, count)
      .map((h) => h.id);
  }

  /** How many times each visit id is stored on the server. */
  async function storedCounts(ids: string[]): Promise<number[]> {
    const rows = await server.ctx.db
      .selectFrom('visits')
      .select('id')
      .where('id', 'in', ids)
      .execute();
    return ids.map((id) => rows.filter((r) => r.id === id).length);
  }

  async function visitCount(): Promise<number> {
    const { n } = await server.ctx.db
      .selectFrom('visits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async function goOffline(page: Page) {
    link.up = false;
    await page.context().setOffline(true);
  }

  async function recordOffline(page: Page, count: number, withPhoto = false): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, household] of householdsOfOfficer01(count).entries()) {
      const photos = withPhoto && i === 0 ? [await makePhoto(page)] : [];
      const { visitId } = await recordVisitThroughUi(page, household, {
        notes: `离线走访 ${i + 1}`,
        photos,
      });
      ids.push(visitId);
    }
    return ids;
  }

  it('three visits recorded offline reach the server exactly once each after going online', async () => {
    const page = await start();
    const before = await visitCount();
    await goOffline(page);
    const ids = await recordOffline(page, 3, true);
    // Each save starts a sync, which marks the entries `sending` until its request fails: wait
    // for the last one to settle.
    await expect
      .poll(async () => (await readOutbox(page)).map((e) => e.state))
      .toEqual(['waiting', 'waiting', 'waiting']);
    const outbox = await readOutbox(page);
    const photoHash = outbox.find((e) => e.id === ids[0])?.payload.photos?.[0]?.hash ?? '';
    expect(photoHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await storedCounts(ids)).toEqual([0, 0, 0]);
    await page.locator('.status-line[data-state="offline"]').waitFor();

    link.up = true;
    await page.context().setOffline(false);
    await expect.poll(() => storedCounts(ids), { timeout: SYNC_MS }).toEqual([1, 1, 1]);
    expect(await visitCount()).toBe(before + 3);
    // The photo follows its visit, uploaded on its own and named by its content hash.
    const photo = () =>
      server.ctx.db
        .selectFrom('photos')
        .select(['hash', 'bytes'])
        .where('hash', '=', photoHash)
        .execute();
    await expect.poll(async () => (await photo()).length, { timeout: SYNC_MS }).toBe(1);
    // The household shows the visit as synced, and the status bar has nothing waiting.
    await page.locator('li.visit[data-state="synced"]').first().waitFor({ timeout: SYNC_MS });
    await page
      .locator('.status-line .status-text', { hasText: zh['status.allSyncedShort'] })
      .waitFor({ timeout: SYNC_MS });
  });

  it('with every page closed, the service worker sends a visit recorded offline', async () => {
    const page = await start();
    await goOffline(page);
    const [id = ''] = await recordOffline(page, 1);
    await page.close();
    expect(await storedCounts([id])).toEqual([0]);
    // Only a blank page, of no origin, stays open to speak to the browser's DevTools.
    const blank = await context?.newPage();
    if (!blank) throw new Error('no context');
    await context?.setOffline(false);
    link.up = true;
    const cdp = await context?.newCDPSession(blank);
    const origin = new URL(link.url).origin;
    const registration = new Promise<string>((resolve) => {
      cdp?.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
        if (live) resolve(live.registrationId);
      });
    });
    await cdp?.send('ServiceWorker.enable');
    const registrationId = await registration;
    expect(context?.pages().filter((p) => p.url().startsWith(origin))).toEqual([]);
    await cdp?.send('ServiceWorker.dispatchSyncEvent', {
      origin,
      registrationId,
      tag: OUTBOX_SYNC_TAG,
      lastChance: false,
    });
    await expect.poll(() => storedCounts([id]), { timeout: SYNC_MS }).toEqual([1]);
    expect(context?.pages().filter((p) => p.url().startsWith(origin))).toEqual([]);
  });

  it('over a flaky link that drops half the requests and loses answers, each visit arrives once', async () => {
    const page = await start();
    const before = await visitCount();
    await goOffline(page);
    const ids = await recordOffline(page, 5);
    // Pushes in turn: dropped, answer lost after the server stored the batch, dropped, answered;
    // every other sync request: dropped, answered. Half of all sync requests fail.
    const pushes = ['drop', 'lose-answer', 'drop', 'pass'] as const;
    const others = ['drop', 'pass'] as const;
    let p = 0;
    let o = 0;
    link.fault = (request) => {
      if (request.url?.startsWith('/api/sync/push')) return pushes[p++ % pushes.length] ?? 'pass';
      if (request.url?.startsWith('/api/')) return others[o++ % others.length] ?? 'pass';
      return 'pass';
    };
    link.up = true;
    await page.context().setOffline(false);
    await openTab(page, 'me');
    const syncButton = page.getByRole('button', { name: '立即同步' });
    await expect
      .poll(
        async () => {
          if (await syncButton.isEnabled()) await syncButton.click();
          const left = (await readOutbox(page)).filter((e) => e.state !== 'synced');
          return left.length;
        },
        { timeout: SYNC_MS, interval: 500 },
      )
      .toBe(0);
    expect(await storedCounts(ids)).toEqual([1, 1, 1, 1, 1]);
    expect(await visitCount()).toBe(before + 5);
    const faults = link.seen.filter((s) => s.path.startsWith('/api/sync/push')).map((s) => s.fault);
    expect(faults).toContain('lose-answer');
    expect(faults).toContain('drop');
  });

  it('an app update and a server restart while visits wait lose nothing; they sync after', async () => {
    const page = await start();
    await goOffline(page);
    const ids = await recordOffline(page, 2);
    const next = await buildAppVersion('offline-sync-next');
    // The station restarts on the same database and port, serving the new version.
    const port = Number(new URL(server.url).port);
    const dataDir = server.dataDir;
    await server.close({ keepData: true });
    server = await startStationServer({ distDir: next, port, dataDir });
    // The app's files come through, its API calls don't yet: the visits wait during the update.
    link.fault = (request) => (request.url?.startsWith('/api/') ? 'drop' : 'pass');
    link.up = true;
    await page.context().setOffline(false);

    // A third visit is half-filled when the update arrives: the update must wait for it.
    const [third = ''] = householdsOfOfficer01(3).slice(2);
    await openHousehold(page, third);
    await openVisitForm(page);
    await fillVisitForm(page, { notes: '更新时正在填写' });
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByRole('button', { name: '更新' }).click({ timeout: SYNC_MS });
    await page.getByText('请先保存走访记录，再更新').waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await expect(page.locator('textarea').first().inputValue()).resolves.toBe('更新时正在填写');

    const saved = await saveVisitForm(page);
    await page.getByRole('button', { name: '更新' }).click();
    await page.locator('.detail-address').waitFor({ timeout: SYNC_MS });
    await openTab(page, 'me');
    await page.locator('.app-version', { hasText: 'offline-sync-next' }).waitFor();
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
    const waitingAfterUpdate = (await readOutbox(page)).map((e) => e.id).sort();
    expect(waitingAfterUpdate).toEqual([...ids, saved].sort());
    expect(await storedCounts([...ids, saved])).toEqual([0, 0, 0]);

    link.fault = () => 'pass';
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => storedCounts([...ids, saved]), { timeout: SYNC_MS }).toEqual([1, 1, 1]);
  });

  it('a sign-in revoked while offline keeps the waiting visits; they arrive after signing in again', async () => {
    const page = await start();
    await goOffline(page);
    const ids = await recordOffline(page, 2);
    await server.ctx.db
      .updateTable('sessions')
      .set({ revoked_at: new Date().toISOString() })
      .execute();
    link.up = true;
    await page.context().setOffline(false);
    // The sync finds the sign-in revoked: back to the sign-in form, the visits still waiting.
    await page.getByLabel('密码').waitFor({ timeout: SYNC_MS });
    expect((await readOutbox(page)).map((e) => e.state)).toEqual(['waiting', 'waiting']);
    expect(await storedCounts(ids)).toEqual([0, 0]);
    await page.getByLabel('用户名').fill('officer01');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => storedCounts(ids), { timeout: SYNC_MS }).toEqual([1, 1]);
    // Signed in again where the officer left off: the household they were on.
    await page.locator('li.visit[data-state="synced"]').first().waitFor({ timeout: SYNC_MS });
  });

  it('signing out with unsynced visits warns first, and declining keeps everything', async () => {
    const page = await start();
    await goOffline(page);
    await recordOffline(page, 1);
    await openTab(page, 'me');
    // Answered inside the handler: a confirm() left open would block the click from returning.
    const warning = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      });
    });
    await page.getByRole('button', { name: '退出' }).click();
    expect(await warning).toContain('1 条记录未同步');
    await page.locator('.status-waiting', { hasText: '1 条待同步' }).waitFor();
    expect(await readOutbox(page)).toHaveLength(1);
  });

  it('two open tabs and the service worker never sync at the same time', async () => {
    // The server holds every push a moment: two syncs not kept apart would both push the same
    // waiting visits at once.
    let inFlight = 0;
    let most = 0;
    const page = await start({
      beforeListen: async (app) => {
        app.addHook('onRequest', async (request) => {
          if (!request.url.startsWith('/api/sync/push')) return;
          inFlight++;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 200));
        });
        app.addHook('onResponse', async (request) => {
          if (request.url.startsWith('/api/sync/push')) inFlight--;
        });
      },
    });
    // Cut at the link only: the browser still thinks it is online, so no `online` event starts a
    // sync before the three below are fired together.
    link.up = false;
    const ids = await recordOffline(page, 2);
    const second = await context?.newPage();
    if (!second) throw new Error('no context');
    await second.goto(link.url);
    await second.locator('.status-line').waitFor();
    await Promise.all([openTab(page, 'me'), openTab(second, 'me')]);
    expect(most).toBe(0);
    link.up = true;
    await Promise.all([
      page.getByRole('button', { name: '立即同步' }).click(),
      second.getByRole('button', { name: '立即同步' }).click(),
      page.evaluate(
        (tag) =>
          navigator.serviceWorker.ready.then((r) =>
            (
              r as ServiceWorkerRegistration & { sync: { register(t: string): Promise<void> } }
            ).sync.register(tag),
          ),
        OUTBOX_SYNC_TAG,
      ),
    ]);
    await expect.poll(() => storedCounts(ids), { timeout: SYNC_MS }).toEqual([1, 1]);
    await expect.poll(() => inFlight, { timeout: SYNC_MS }).toBe(0);
    expect(most).toBe(1);
  });
});
