/**
 * Every screen, as an officer's phone and the leader's console show it, checked by axe-core
 * (no serious or critical finding: every control has a name, contrast holds, landmarks and
 * roles are right) and measured for tap targets of at least 44×44 CSS px (WCAG 2.5.5).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TABS } from '../../src/client/app/router.ts';
import { seriousViolations, smallTapTargets } from '../support/a11y.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import {
  openHousehold,
  openTab,
  openVisitForm,
  signIn,
  signInToConsole,
} from '../support/visitUi.ts';

const run = chromiumAvailable();

/** Checks the screen now shown; `name` says which in a failure. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  // Let late parts settle (the map's panel mounts after its first paint).
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await smallTapTargets(page), name).toEqual([]);
}

/**
 * Puts a visit the station refused into the outbox of the signed-in officer (as the sync engine
 * leaves one, with the server's reason), through plain IndexedDB, and reloads to show it.
 */
async function refuseOneVisit(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('FerryBeatDB');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['session', 'outbox'], 'readwrite');
          const session = tx.objectStore('session').get('current');
          session.onsuccess = () => {
            const at = new Date().toISOString();
            tx.objectStore('outbox').put({
              id: '0190a000-0000-7000-8000-00000000abcd',
              type: 'visit.record',
              createdAt: at,
              payload: { householdId: 'elsewhere', visitedAt: at, outcome: 'met', notes: '' },
              userId: session.result.user.id,
              householdId: 'elsewhere',
              state: 'rejected',
              attempts: 1,
              nextAttemptAt: 0,
              lastError: { code: 'E_SCOPE', message: 'not in your cells' },
              syncedAt: null,
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
}

/** Shows every tab's screen in turn and checks each. */
async function checkTabs(page: Page, who: string): Promise<void> {
  for (const tab of TABS) {
    await page.locator(`.app-nav .nav-${tab}`).click();
    await page.locator(`.app-nav .nav-${tab}[aria-current="page"]`).waitFor();
    await page.locator('main:not(.loading)').first().waitFor();
    if (tab === 'map') await page.locator('.offline-maps').waitFor();
    await expectAccessible(page, `${who}: ${tab}`);
  }
}

describe.skipIf(!run)('accessibility of every screen', () => {
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

  it("an officer's phone: sign-in, the five tabs, a household and its visit form", async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('main.sign-in').waitFor();
    await expectAccessible(page, 'sign-in');
    await signIn(page, server.url);
    await checkTabs(page, 'officer');
    await page.locator('.app-nav .nav-households').click();
    await openHousehold(page, 0);
    await expectAccessible(page, 'household');
    await openVisitForm(page);
    await expectAccessible(page, 'visit form');
  });

  it('a refused visit shows in the header and in 我的, as legible as the rest', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await signIn(page, server.url);
    await refuseOneVisit(page);
    await page.locator('.status-line[data-state="attention"]').waitFor();
    await expectAccessible(page, 'list with a refused visit');
    await openTab(page, 'me');
    await page.locator('.sync-panel .status-attention').waitFor();
    await expectAccessible(page, '我的 with a refused visit');
  });

  it("the leader's console on a wide screen: the five tabs and a household", async () => {
    const page = await signInToConsole(browser, server.url);
    context = page.context();
    await checkTabs(page, 'leader');
    await page.locator('.app-nav .nav-households').click();
    await page.locator('.grid-toggle').first().click();
    await openHousehold(page, 0);
    await expectAccessible(page, 'leader: household');
  });
});
