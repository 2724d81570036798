/**
 * Recording a visit on a phone in Debian's Chromium, against the real server and the built app:
 * offline at the door, the visit is on disk (outbox + shrunk photo) before the UI says so; a
 * half-filled form survives a reload; no location and a validation error lose nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../src/client/i18n/zh.ts';
import type { Household, Resident, Visit } from '../../src/shared/entities.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { waitForServiceWorkerControl } from '../support/pwaHelpers.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import {
  fillVisitForm,
  makePhoto,
  openHousehold,
  openVisitForm,
  readOutbox,
  readPhotos,
  readStore,
  saveVisitForm,
  signIn,
  waitForLocation,
} from '../support/visitUi.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('recording a visit on a phone', () => {
  let server: StationServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  /** officer01's households with at least two residents, and their residents. */
  let targets: { household: Household; residents: Resident[] }[];

  beforeAll(async () => {
    server = await startStationServer();
    browser = await launchChromium();
    const officer = server.station.users.find((u) => u.username === 'officer01');
    const grids = new Set(
      server.station.assignments.filter((a) => a.userId === officer?.id).map((a) => a.gridId),
    );
    targets = server.station.households
      .filter((h) => grids.has(h.gridId))
      .map((household) => ({
        household,
        residents: server.station.residents.filter((r) => r.householdId === household.id),
      }))
      .filter((t) => t.residents.length >= 2);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** officer01 signed in on a fresh phone; with `location`, the phone has a GPS fix to give. */
  async function signedIn({ location = false } = {}): Promise<{
    page: Page;
    context: BrowserContext;
  }> {
    const phone = await phoneContext(browser);
    context = phone;
    if (location) {
      await phone.grantPermissions(['geolocation'], { origin: new URL(server.url).origin });
      await phone.setGeolocation({ latitude: 22.43, longitude: 113.14, accuracy: 15 });
    }
    const page = await phone.newPage();
    await signIn(page, server.url, 'officer01');
    return { page, context: phone };
  }

  it('offline at the door: saved on this device only once on disk, listed as waiting, photo shrunk', async () => {
    const target = targets[0];
    if (!target) throw new Error('officer01 has no household with two residents');
    const present = target.residents[0] as Resident;
    const { page, context } = await signedIn({ location: true });
    const photo = await makePhoto(page, 3000, 2000);
    // The household and visit screens are chunks of their own: offline, they come from the
    // service worker's precache, complete once it controls the page.
    await waitForServiceWorkerControl(page);
    // On the river: no signal from here on, so nothing leaves the phone (whatever sync does).
    await context.setOffline(true);
    await openHousehold(page, target.household.id);
    await openVisitForm(page);
    const location = await waitForLocation(page);
    expect(location).toEqual({ status: 'ok', text: '已定位 ±15 米' });
    const notes = '宣传了冒充客服退款的骗局；屋后电线老化，已提醒更换。';
    await fillVisitForm(page, {
      outcome: 'met',
      present: [present.name],
      topics: ['anti_fraud', 'hazard'],
      notes,
      followUp: true,
      antiFraudInstalled: 2,
      photos: [photo],
    });
    const visitId = await saveVisitForm(page);

    // Offline it waits. The save starts a sync that marks it `sending` until its request
    // fails: wait for it to settle, and read the text of the item in that state.
    const item = page.locator(`li.visit[data-visit-id="${visitId}"][data-state="waiting"]`);
    const text = (await item.textContent()) ?? '';
    for (const part of [
      zh['visit.state.waiting'],
      zh['outcome.met'],
      zh['visit.topic.anti_fraud'],
      zh['visit.topic.hazard'],
      zh['visit.followUpTag'],
      '1 张照片',
      notes,
    ]) {
      expect(text).toContain(part);
    }

    const outbox = await readOutbox(page);
    expect(outbox).toHaveLength(1);
    const [entry] = outbox;
    expect(entry).toMatchObject({
      id: visitId,
      householdId: target.household.id,
      payload: {
        householdId: target.household.id,
        outcome: 'met',
        notes,
        presentResidentIds: [present.id],
        movedOutResidentIds: [],
        newResidents: [],
        antiFraudChecked: true,
        antiFraudInstalled: 2,
        topics: ['anti_fraud', 'hazard'],
        followUp: true,
        location: { lat: 22.43, lng: 113.14, accuracy: 15 },
      },
    });
    expect(entry?.payload.visitedAt).toMatch(/\+08:00$/);
    const [ref] = entry?.payload.photos ?? [];
    expect(ref).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1067 });

    const photos = await readPhotos(page);
    expect(photos).toHaveLength(1);
    const [stored] = photos;
    expect(stored).toMatchObject({
      hash: ref?.hash,
      visitId,
      state: 'waiting',
      bytes: stored?.blob?.size,
      blob: { type: 'image/jpeg', width: 1600, height: 1067 },
    });
    expect(stored?.blob?.size).toBeLessThanOrEqual(500 * 1024);
    expect(photo.buffer.length).toBeGreaterThan(stored?.blob?.size ?? Number.POSITIVE_INFINITY);
    expect(await readStore(page, 'drafts')).toEqual([]);
  });

  it('a half-filled form survives a reload, and 放弃 throws it away', async () => {
    const target = targets[1];
    if (!target) throw new Error('officer01 has fewer than two households with two residents');
    const { page } = await signedIn();
    await openHousehold(page, target.household.id);
    await openVisitForm(page);
    const notes = '门没锁，邻居说户主去了江门';
    await fillVisitForm(page, {
      outcome: 'nobody_home',
      topics: ['dispute'],
      notes,
      newResidents: [{ name: '黄小明', sex: 'male', phone: '13712345678' }],
    });
    await expect
      .poll(
        async () => (await readStore<{ form: { notes: string } }>(page, 'drafts'))[0]?.form.notes,
      )
      .toBe(notes);

    await page.reload();
    await page.locator('form.visit-form').waitFor();
    await page.getByText(zh['visit.restored']).waitFor();
    expect(await page.getByRole('radio', { name: zh['outcome.nobody_home'] }).isChecked()).toBe(
      true,
    );
    expect(await page.getByLabel(zh['visit.notes']).inputValue()).toBe(notes);
    const chip = page.locator('button.chip', { hasText: zh['visit.topic.dispute'] });
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const row = page.locator('fieldset.new-resident');
    expect(await row.getByLabel(zh['visit.newName']).inputValue()).toBe('黄小明');
    expect(await row.getByLabel(zh['visit.newPhone']).inputValue()).toBe('13712345678');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: zh['visit.discard'], exact: true }).click();
    await page.locator('.detail-address').waitFor();
    expect(await readStore(page, 'drafts')).toEqual([]);
    expect(await page.locator('a.record-visit').textContent()).toBe(zh['visit.record']);
    const outbox = await readOutbox(page);
    expect(outbox.filter((e) => e.householdId === target.household.id)).toEqual([]);
  });

  it('without location and after a validation error, the visit still saves with nothing lost', async () => {
    const target = targets[2];
    if (!target) throw new Error('officer01 has fewer than three households with two residents');
    // No permission granted: the phone refuses to say where it is.
    const { page } = await signedIn();
    await openHousehold(page, target.household.id);
    await openVisitForm(page);
    const location = await waitForLocation(page);
    expect(location).toEqual({ status: 'denied', text: zh['visit.locationDenied'] });

    const notes = '拒绝开门，隔门交谈';
    await page.getByLabel(zh['visit.notes']).fill(notes);
    await page.getByRole('button', { name: zh['visit.save'], exact: true }).click();
    await page.getByText(zh['visit.error.outcome']).waitFor();
    expect(await page.getByLabel(zh['visit.notes']).inputValue()).toBe(notes);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('visit-outcome');

    await fillVisitForm(page, { outcome: 'refused' });
    const visitId = await saveVisitForm(page);
    // Online: the sync may already have sent it and pulled it back as a station visit.
    const entry = (await readOutbox(page)).find((e) => e.id === visitId);
    const pulled = (await readStore<Visit>(page, 'visits')).find((v) => v.id === visitId);
    expect(entry?.payload ?? pulled).toMatchObject({
      outcome: 'refused',
      notes,
      location: null,
      photos: [],
    });
    const state = await page
      .locator(`li.visit[data-visit-id="${visitId}"]`)
      .getAttribute('data-state');
    expect(['waiting', 'sending', 'synced']).toContain(state);
  });
});
