/**
 * The walking skeleton end to end in Debian's Chromium: the real server on a temporary SQLite
 * file with the demo station, the built app, an officer signing in through the UI.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('signing in on a phone', () => {
  let server: StationServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startStationServer();
    browser = await launchChromium();
    context = await phoneContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the sign-in form speaks Chinese by default and English one tap away, remembered', async () => {
    await page.goto(server.url);
    await page.getByLabel('用户名').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').waitFor();
    await page.reload();
    await page.getByLabel('Password').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByLabel('密码').waitFor();
  });

  it('officer01 signs in and sees exactly the households the server holds in their cells', async () => {
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
    await page.locator('li.household').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('li.household').count()).resolves.toBe(Number(n));
  });

  it('searching by a resident name finds their household from local data', async () => {
    const household = server.station.households.find((h) => h.gridId === 'g01');
    if (!household) throw new Error('demo station has no household in g01');
    await page.getByLabel('搜索住户').fill(household.headName);
    await page.locator(`li.household[data-household-id="${household.id}"]`).waitFor();
    await page.getByLabel('搜索住户').fill('');
  });

  it('a household opens from IndexedDB with the network gone, ID numbers masked', async () => {
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
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
    await page.unroute('**/api/**');
  });
});
