/**
 * The walking skeleton end to end in Debian's Chromium: the real server on a temporary SQLite
 * file with the demo station, the built app, an officer signing in through the UI. Each test
 * has a phone of its own; the ones that claim local data cut the link to the server first.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { FIRST_SLICE } from '../../src/client/households/useRevealed.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type LinkProxy, startLinkProxy } from '../support/linkProxy.ts';
import { waitForServiceWorkerControl } from '../support/pwaHelpers.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { scrollListToEnd, signIn } from '../support/visitUi.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('signing in on a phone', () => {
  let server: StationServer;
  let link: LinkProxy;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startStationServer();
    link = await startLinkProxy(Number(new URL(server.url).port));
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    link.up = true;
  });

  afterAll(async () => {
    await browser?.close();
    await link?.close();
    await server?.close();
  });

  /** A fresh phone on the sign-in form. */
  async function newPhone(): Promise<Page> {
    context = await phoneContext(browser);
    return context.newPage();
  }

  /**
   * officer01 signed in on a fresh phone (the first pull done, the app shell cached by the
   * service worker), then cut off: the link drops everything and the browser is offline.
   */
  async function offlineOfficer(): Promise<Page> {
    const page = await newPhone();
    await signIn(page, link.url, 'officer01');
    await waitForServiceWorkerControl(page);
    link.up = false;
    await page.context().setOffline(true);
    return page;
  }

  /** The households of officer01's cells, from the station the server holds. */
  function householdsOfOfficer01() {
    const grids = new Set(
      server.station.assignments.filter((a) => a.username === 'officer01').map((a) => a.gridId),
    );
    return server.station.households.filter((h) => grids.has(h.gridId));
  }

  it('the sign-in form speaks Chinese by default and English one tap away, remembered', async () => {
    const page = await newPhone();
    await page.goto(link.url);
    await page.getByLabel('用户名').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').waitFor();
    await page.reload();
    await page.getByLabel('Password').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByLabel('密码').waitFor();
  });

  it('officer01 signs in and sees exactly the households the server holds in their cells', async () => {
    const page = await newPhone();
    await page.goto(link.url);
    await page.getByLabel('用户名').fill('officer01');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    const officer = server.station.users.find((u) => u.username === 'officer01');
    const gridIds = server.station.assignments
      .filter((a) => a.userId === officer?.id)
      .map((a) => a.gridId);
    const { n } = await server.ctx.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('grid_id', 'in', gridIds)
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(100);
    // The list shows once the first pull is complete: a screenful of rows, the rest as the
    // officer scrolls, every one of them in the end.
    await page.locator('li.household').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('li.household').count()).toBe(FIRST_SLICE);
    await scrollListToEnd(page, Number(n));
  });

  it('searching by a resident name finds their household from local data', async () => {
    const page = await offlineOfficer();
    const household = householdsOfOfficer01()[0];
    if (!household) throw new Error('officer01 has no households');
    await page.getByLabel('搜索住户').fill(household.headName);
    await page.locator(`li.household[data-household-id="${household.id}"]`).waitFor();
  });

  it('a household opens from IndexedDB with the network gone, ID numbers masked', async () => {
    const page = await offlineOfficer();
    const row = page.locator('li.household').first();
    const id = await row.getAttribute('data-household-id');
    await row.locator('a').click();
    const residents = server.station.residents.filter((r) => r.householdId === id);
    const first = residents[0];
    if (!first) throw new Error('household without residents');
    await page.getByText(first.name, { exact: true }).first().waitFor();
    const text = await page.locator('body').textContent();
    expect(text ?? '').toContain(`**************${first.idNumber.slice(-4)}`);
    for (const r of residents) expect(text).not.toContain(r.idNumber);
  });
});
