/**
 * Storage on the phone: the app asks for persistent storage, shows what it uses, and a full
 * phone gives a clear message without losing what the officer entered. A full phone is made by
 * having IndexedDB refuse writes with QuotaExceededError, as Chromium does when the origin's
 * quota is used up (shrinking the real quota through DevTools does not take effect here).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Visit } from '../../src/shared/entities.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import {
  fillVisitForm,
  makePhoto,
  openHousehold,
  openTab,
  openVisitForm,
  readOutbox,
  readStore,
  signIn,
} from '../support/visitUi.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('storage on the phone', () => {
  let browser: Browser;
  let server: StationServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startStationServer();
    browser = await launchChromium();
    context = await phoneContext(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a full phone refuses the save with a clear message, keeps the form, and saves once there is room', async () => {
    const page = await context.newPage();
    await signIn(page, server.url);
    await openTab(page, 'me');
    await page.locator('.status-storage', { hasText: /[MG]B/ }).waitFor();
    await openTab(page, 'households');
    await openHousehold(page, 0);
    await openVisitForm(page);
    await fillVisitForm(page, { notes: '存储满时的走访', photos: [await makePhoto(page)] });

    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.add;
      (window as unknown as { restoreAdd: () => void }).restoreAdd = () => {
        IDBObjectStore.prototype.add = original;
      };
      IDBObjectStore.prototype.add = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('手机存储空间不足，走访没有保存').waitFor();
    expect(await readOutbox(page)).toHaveLength(0);
    await expect(page.locator('textarea').first().inputValue()).resolves.toBe('存储满时的走访');

    await page.evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const visitId = await page.locator('.saved-notice').getAttribute('data-visit-id');
    // Online, the visit may already have been sent and pulled back, which takes it out of the
    // outbox in the same transaction that stores it as a station visit: read the outbox first.
    const outbox = await readOutbox(page);
    const pulled = (await readStore<Visit>(page, 'visits')).find((v) => v.id === visitId);
    expect(outbox.filter((e) => e.id !== visitId)).toEqual([]);
    const saved = outbox.find((e) => e.id === visitId)?.payload ?? pulled;
    expect(saved?.notes).toBe('存储满时的走访');
  });
});
