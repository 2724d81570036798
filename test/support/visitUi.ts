/**
 * Steps of the visit flow through the UI, for browser tests: sign in, open a household, fill and
 * save the visit form, read what landed in IndexedDB. The labels come from the Chinese catalog
 * (the app's default language), so a copy change does not break the tests.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import { OUTCOME_KEYS } from '../../src/client/visit/labels.ts';
import type { OutboxEntry, PhotoRecord } from '../../src/device/db/schema.ts';
import type { VisitOutcome, VisitTopic } from '../../src/shared/entities.ts';
import type { Sex } from '../../src/shared/vocabulary.ts';

/** How long the first pull of an officer's cells may take in a test. */
const FIRST_PULL_MS = 60_000;

/** Signs in through the form and waits for the household list (the first pull is done). */
export async function signIn(
  page: Page,
  url: string,
  username = 'officer01',
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel(zh['signIn.username']).fill(username);
  await page.getByLabel(zh['signIn.password']).fill(password);
  await page.getByRole('button', { name: zh['signIn.submit'], exact: true }).click();
  await page.locator('li.household').first().waitFor({ timeout: FIRST_PULL_MS });
}

/**
 * Opens a household's screen from the list: by its position among the listed households or by
 * its id (through the URL when its row is not on screen). Resolves with the household's id.
 */
export async function openHousehold(page: Page, household: number | string): Promise<string> {
  const row =
    typeof household === 'number'
      ? page.locator('li.household').nth(household)
      : page.locator(`li.household[data-household-id="${household}"]`);
  const id =
    typeof household === 'string' ? household : await row.getAttribute('data-household-id');
  if (!id) throw new Error(`no household at ${household}`);
  if (await row.isVisible()) await row.locator('a').click();
  else await page.evaluate((h) => (location.hash = `#/households/${encodeURIComponent(h)}`), id);
  await page.locator('.detail-address').waitFor();
  return id;
}

/** Opens the visit form from the household's screen and waits until it is ready. */
export async function openVisitForm(page: Page): Promise<void> {
  await page.locator('a.record-visit').click();
  await page.locator('form.visit-form').waitFor();
}

/** What to enter on the visit form; residents by name as shown, anything left out untouched. */
export interface VisitUiOptions {
  /** Default `met` (见到住户). */
  outcome?: VisitOutcome;
  /** Residents ticked as present and verified. */
  present?: string[];
  movedOut?: string[];
  newResidents?: { name: string; sex?: Sex; phone?: string; note?: string }[];
  /** Ticks the anti-fraud app check and sets for how many it is installed. */
  antiFraudInstalled?: number;
  topics?: VisitTopic[];
  notes?: string;
  followUp?: boolean;
  /** A `datetime-local` value, e.g. `2025-03-04T10:30`. */
  visitedAt?: string;
  /** Photo files as `setInputFiles` takes them (see `makePhoto`). */
  photos?: { name: string; mimeType: string; buffer: Buffer }[];
}

/** Ticks residents by name in one of the two resident lists. */
async function tickResidents(page: Page, legend: string, names: readonly string[]): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  for (const name of names) {
    const label = group.locator('label.check', { has: page.getByText(name, { exact: true }) });
    await label.locator('input').check();
  }
}

/** Fills the open visit form; waits until added photos are shrunk and shown. */
export async function fillVisitForm(page: Page, options: VisitUiOptions = {}): Promise<void> {
  const outcome = options.outcome ?? 'met';
  await page.getByRole('radio', { name: zh[OUTCOME_KEYS[outcome]], exact: true }).check();
  await tickResidents(page, zh['visit.present'], options.present ?? []);
  await tickResidents(page, zh['visit.movedOut'], options.movedOut ?? []);
  for (const resident of options.newResidents ?? []) {
    await page.getByRole('button', { name: zh['visit.newResidentAdd'] }).click();
    const row = page.locator('fieldset.new-resident').last();
    await row.getByLabel(zh['visit.newName']).fill(resident.name);
    if (resident.sex) await row.getByRole('radio', { name: zh[`sex.${resident.sex}`] }).check();
    if (resident.phone) await row.getByLabel(zh['visit.newPhone']).fill(resident.phone);
    if (resident.note) await row.getByLabel(zh['visit.newNote']).fill(resident.note);
  }
  if (options.antiFraudInstalled !== undefined) {
    await page.getByRole('checkbox', { name: zh['visit.antiFraud'] }).check();
    await page.getByLabel(zh['visit.antiFraudInstalled']).fill(String(options.antiFraudInstalled));
  }
  for (const topic of options.topics ?? []) {
    const chip = page.locator('button.chip', { hasText: zh[`visit.topic.${topic}`] });
    if ((await chip.getAttribute('aria-pressed')) !== 'true') await chip.click();
  }
  if (options.notes !== undefined) await page.getByLabel(zh['visit.notes']).fill(options.notes);
  if (options.followUp !== undefined) {
    await page.getByRole('switch', { name: zh['visit.followUp'] }).setChecked(options.followUp);
  }
  if (options.visitedAt) await page.getByLabel(zh['visit.time']).fill(options.visitedAt);
  if (options.photos?.length) {
    const before = await page.locator('li.thumb').count();
    await page.locator('.add-photo.from-album input[type=file]').setInputFiles(options.photos);
    await page
      .locator(`li.thumb:nth-child(${before + options.photos.length}) img`)
      .waitFor({ timeout: 30_000 });
  }
}

/** Waits for the GPS line to settle; resolves with its `data-status` and text ("已定位 ±15 米"). */
export async function waitForLocation(page: Page): Promise<{ status: string; text: string }> {
  const line = page.locator('.location-status:not([data-status="locating"])');
  await line.waitFor({ timeout: 30_000 });
  // Status and text in one read, so that both come from the same render.
  return line.evaluate((element) => ({
    status: element.getAttribute('data-status') ?? '',
    text: element.textContent ?? '',
  }));
}

/**
 * Taps 保存 and waits for the household screen's 已保存在本机; resolves with the saved visit's
 * id (the outbox entry's id).
 */
export async function saveVisitForm(page: Page): Promise<string> {
  await page.getByRole('button', { name: zh['visit.save'], exact: true }).click();
  const notice = page.locator('.saved-notice', { hasText: zh['visit.saved'] });
  await notice.waitFor();
  const id = await notice.getAttribute('data-visit-id');
  if (!id) throw new Error('saved notice without a visit id');
  return id;
}

/**
 * The whole flow from the list: open the household (position or id), open the form, fill it
 * (outcome `met` unless told), save. Resolves once 已保存在本机 shows.
 */
export async function recordVisitThroughUi(
  page: Page,
  household: number | string,
  options: VisitUiOptions = {},
): Promise<{ householdId: string; visitId: string }> {
  const householdId = await openHousehold(page, household);
  await openVisitForm(page);
  await fillVisitForm(page, options);
  const visitId = await saveVisitForm(page);
  return { householdId, visitId };
}

/** A blob as reported out of the page: its size, type and, for images, pixel size. */
export interface BlobInfo {
  size: number;
  type: string;
  width: number | null;
  height: number | null;
}

/** A stored photo with its blob described rather than returned. */
export type StoredPhoto = Omit<PhotoRecord, 'blob'> & { blob: BlobInfo | null };

/**
 * Every record of one store of FerryBeatDB, read with raw IndexedDB (the page has no Dexie
 * handle). Blobs anywhere in a record come back as `BlobInfo`.
 */
export async function readStore<T = unknown>(
  page: Page,
  store: 'outbox' | 'photos' | 'drafts' | 'visits',
): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('FerryBeatDB');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const describe = async (value: unknown): Promise<unknown> => {
        if (value instanceof Blob) {
          let width: number | null = null;
          let height: number | null = null;
          if (value.type.startsWith('image/')) {
            const bitmap = await createImageBitmap(value);
            ({ width, height } = bitmap);
            bitmap.close();
          }
          return { size: value.size, type: value.type, width, height };
        }
        if (Array.isArray(value)) return Promise.all(value.map(describe));
        if (typeof value === 'object' && value !== null) {
          const entries = await Promise.all(
            Object.entries(value).map(async ([k, v]) => [k, await describe(v)] as const),
          );
          return Object.fromEntries(entries);
        }
        return value;
      };
      return (await Promise.all(records.map(describe))) as T[];
    } finally {
      db.close();
    }
  }, store);
}

/** The outbox, as stored. */
export function readOutbox(page: Page): Promise<OutboxEntry[]> {
  return readStore<OutboxEntry>(page, 'outbox');
}

/** The photos store, blobs described. */
export function readPhotos(page: Page): Promise<StoredPhoto[]> {
  return readStore<StoredPhoto>(page, 'photos');
}

/**
 * A camera-like photo made in the page: gradients and shapes at `width`×`height`, encoded as
 * JPEG (default) or PNG, for `setInputFiles`.
 */
export async function makePhoto(
  page: Page,
  width = 3000,
  height = 2000,
  mimeType: 'image/jpeg' | 'image/png' = 'image/jpeg',
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(
    async ({ width, height, mimeType }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      const sky = context.createLinearGradient(0, 0, width, height);
      sky.addColorStop(0, '#9cc7e8');
      sky.addColorStop(1, '#2f6b3a');
      context.fillStyle = sky;
      context.fillRect(0, 0, width, height);
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      for (let i = 0; i < 400; i++) {
        context.fillStyle = `hsl(${Math.floor(random() * 360)} 60% ${30 + random() * 40}%)`;
        context.beginPath();
        context.arc(random() * width, random() * height, 5 + random() * 80, 0, Math.PI * 2);
        context.fill();
      }
      const blob = await canvas.convertToBlob({ type: mimeType, quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    { width, height, mimeType },
  );
  const extension = mimeType === 'image/png' ? 'png' : 'jpg';
  return {
    name: `door-${width}x${height}.${extension}`,
    mimeType,
    buffer: Buffer.from(base64, 'base64'),
  };
}

/** Opens a tab of the app's navigation and waits for its screen (`me` is 我的: sync, sign-out). */
export async function openTab(
  page: Page,
  tab: 'households' | 'map' | 'ferries' | 'plan' | 'me',
): Promise<void> {
  await page.locator(`.app-nav .nav-${tab}`).click();
  await page.locator(`.app-nav .nav-${tab}[aria-current="page"]`).waitFor();
}

/**
 * The leader's console: a 1280×800 desktop window signed in as `leader`; resolves once the
 * station's list is built (its groups start closed, so no row is shown yet).
 */
export async function signInToConsole(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(zh['signIn.username']).fill('leader');
  await page.getByLabel(zh['signIn.password']).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: zh['signIn.submit'], exact: true }).click();
  await page.locator('.list-total').waitFor({ timeout: FIRST_PULL_MS });
  return page;
}

/**
 * Scrolls the household list to its end until `count` rows are there: rows are rendered as the
 * officer scrolls (src/client/households/useRevealed.ts).
 */
export async function scrollListToEnd(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      return page.locator('li.household').count();
    })
    .toBe(count);
}

/** The household count the list states (共 712 户), whatever number of rows is rendered yet. */
export async function listTotal(page: Page): Promise<number> {
  const text = (await page.locator('.list-total').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}
