/**
 * The app shell on real phones' sizes: five tabs in reach of one thumb, a header of one row at
 * any width, on its side and with large text, the install offer in the page's flow, "back" that
 * returns where the officer came from (also after a reload), and the leader's wide layout.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TABS, type Tab } from '../../src/client/app/router.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { openHousehold, signIn, signInToConsole } from '../support/visitUi.ts';

const run = chromiumAvailable();

/** The element each tab's screen renders, to know it is shown. */
const SCREEN_OF: Record<Tab, string> = {
  households: 'main.household-list',
  map: 'main.map-screen',
  ferries: 'main.ferry-screen',
  plan: 'main.plan-screen',
  me: 'main.me-screen',
};

/** A box as the page lays it out. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not laid out`);
  return box;
}

/** Taps a tab and waits until its screen is shown. */
async function tapTab(page: Page, tab: Tab): Promise<void> {
  await page.locator(`.app-nav .nav-${tab}`).tap();
  await page.locator(SCREEN_OF[tab]).waitFor();
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The text size the phone asks for, as a user setting (Chromium's default font size). */
async function setTextSize(page: Page, percent: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', {
    fontSizes: { standard: Math.round((16 * percent) / 100), fixed: 13 },
  });
}

/** Offers installation as Chromium does when the app may be installed. */
function offerInstall(page: Page): Promise<void> {
  return page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {},
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    window.dispatchEvent(event);
  });
}

describe.skipIf(!run)('the app shell', () => {
  let browser: Browser;
  let server: StationServer;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startStationServer();
    browser = await launchChromium();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the officer moves between the five tabs with one thumb on a 360×740 phone', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    const entries = await page.evaluate(() => history.length);

    for (const tab of TABS) {
      const link = await boxOf(page, `.app-nav .nav-${tab}`);
      // In the bottom eighth of the screen, where the thumb of the hand holding the phone is.
      expect(link.y).toBeGreaterThanOrEqual(740 * (7 / 8) - 1);
      expect(link.y + link.height).toBeLessThanOrEqual(740);
      expect(link.x).toBeGreaterThanOrEqual(0);
      expect(link.x + link.width).toBeLessThanOrEqual(360);
      expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(44);
    }
    for (const tab of [...TABS.slice(1), 'households' as const]) {
      await tapTab(page, tab);
      expect(await page.evaluate(() => location.hash)).toBe(`#/${tab}`);
      expect(await page.locator('.app-nav [aria-current="page"]').getAttribute('class')).toContain(
        `nav-${tab}`,
      );
      expect(await page.locator('.app-header-title').textContent()).toBe(zh[`nav.${tab}`]);
    }
    // Switching tabs replaces the entry: the phone's back gesture is not a tour of the tabs.
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  it('the header is one row at 320 px, on its side, and with the phone’s text at 130%', async () => {
    for (const [viewport, percent] of [
      [{ width: 320, height: 640 }, 100],
      [{ width: 740, height: 360 }, 100],
      [{ width: 360, height: 740 }, 130],
      [{ width: 320, height: 640 }, 130],
    ] as const) {
      context = await browser.newContext({
        viewport,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      const page = await context.newPage();
      await signIn(page, server.url);
      await setTextSize(page, percent);
      const label = `${viewport.width}×${viewport.height} at ${percent}%`;
      for (const tab of TABS) {
        await tapTab(page, tab);
        const header = await boxOf(page, '.app-header');
        const nav = await boxOf(page, '.app-nav');
        // One row: the header is its 44–48 px row and no more, whatever the text size.
        expect(header.height, label).toBeLessThanOrEqual(56);
        expect(await sidewaysOverflow(page), `${label} ${tab}`).toBeLessThanOrEqual(0);
        // Most of the screen is left for the work: header and tabs take at most a third.
        expect(header.height + nav.height, label).toBeLessThanOrEqual(viewport.height / 3);
        expect(nav.y + nav.height, label).toBeLessThanOrEqual(viewport.height);
      }
      // Larger text is honoured: the list's text grows with the phone's setting.
      await tapTab(page, 'households');
      const size = await page
        .locator('.list-total')
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(size, label).toBeCloseTo((16 * percent) / 100, 0);
      await context.close();
      context = undefined;
    }
  });

  it('the install offer sits in the list, never over the tabs, and "later" is remembered', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    await offerInstall(page);
    const card = page.locator('.household-list .install-notice');
    await card.waitFor();
    const cardBox = await boxOf(page, '.household-list .install-notice');
    const nav = await boxOf(page, '.app-nav');
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(nav.y);
    expect(await card.evaluate((element) => getComputedStyle(element).position)).toBe('static');

    await card.getByRole('button', { name: zh['pwa.later'] }).tap();
    await card.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('li.household').first().waitFor();
    await offerInstall(page);
    // 我的 still offers it; the list does not ask again this week.
    await tapTab(page, 'me');
    await page.locator('.me-screen .install-notice').waitFor();
    await tapTab(page, 'households');
    expect(await page.locator('.household-list .install-notice').count()).toBe(0);
  });

  it('back returns where the officer came from, after a reload too, and a saved note shows once', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    const entries = await page.evaluate(() => history.length);
    await openHousehold(page, 0);
    await page.reload();
    await page.locator('.detail-address').waitFor();
    await page.getByRole('button', { name: zh['detail.back'] }).tap();
    await page.locator('li.household').first().waitFor();
    // One step back in history, not a new entry: the back gesture now leaves the app.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await page.evaluate(() => history.state?.back)).toBeUndefined();

    // Opened from a link (no entry of the app before it), back replaces it with the list.
    const id = await page.locator('li.household').first().getAttribute('data-household-id');
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}#/households/${encodeURIComponent(id ?? '')}`);
    await fresh.locator('.detail-address').waitFor();
    const before = await fresh.evaluate(() => history.length);
    await fresh.getByRole('button', { name: zh['detail.back'] }).tap();
    await fresh.locator('li.household').first().waitFor();
    expect(await fresh.evaluate(() => [history.length, location.hash])).toEqual([
      before,
      '#/households',
    ]);

    // The saved note rides on the household's entry: shown on arrival, not after a reload.
    await openHousehold(fresh, 0);
    await fresh.locator('a.record-visit').tap();
    await fresh.getByRole('radio', { name: zh['outcome.nobody_home'], exact: true }).check();
    await fresh.getByRole('button', { name: zh['visit.save'], exact: true }).tap();
    await fresh.locator('.saved-notice').waitFor();
    await fresh.reload();
    await fresh.locator('.detail-address').waitFor();
    await fresh.locator('.visit').first().waitFor();
    expect(await fresh.locator('.saved-notice').count()).toBe(0);
  });

  it('the leader gets a wide layout: the tabs as a rail beside the content', async () => {
    const page = await signInToConsole(browser, server.url);
    context = page.context();

    const rail = await boxOf(page, '.app-nav');
    const header = await boxOf(page, '.app-header');
    const list = await boxOf(page, 'main.household-list');
    expect(rail.x).toBe(0);
    expect(rail.height).toBe(800);
    expect(rail.width).toBeLessThan(260);
    expect(header.x).toBeGreaterThanOrEqual(rail.width);
    expect(list.x).toBeGreaterThanOrEqual(rail.width);
    const links = await Promise.all(TABS.map((tab) => boxOf(page, `.app-nav .nav-${tab}`)));
    for (const [i, link] of links.entries()) {
      expect(link.x + link.width).toBeLessThanOrEqual(rail.width);
      if (i > 0) expect(link.y).toBeGreaterThan(links[i - 1]?.y ?? 0);
    }
    await page.locator('.app-nav-brand').waitFor();
    await page.locator('.app-nav .nav-ferries').click();
    await page.locator('main.ferry-screen').waitFor();
    // The leader's own controls are there, in the same app and sign-in.
    await page.getByRole('button', { name: zh['ferry.suspend'] }).first().waitFor();
  });
});
