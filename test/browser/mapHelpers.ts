/**
 * Steps on the map screen for browser tests: where a household is drawn on the screen (read from
 * its open popup, since households are pixels on a canvas), the colour drawn there, and how many
 * records a store of FerryBeatDB holds.
 */
import type { Page } from 'playwright-core';
import type { DemoStation } from '../../server/demo/station.ts';
import type { Household } from '../../src/shared/entities.ts';
import { stationDate } from '../../src/shared/stationTime.ts';

/** A point on the page, in CSS pixels. */
export interface Pixel {
  x: number;
  y: number;
}

/**
 * Where household `id` is drawn, read from its open popup once the map has stopped moving.
 * Leaflet hangs the popup's box 4 px (the app's offset) plus its 20 px tip above the point it
 * points at, centred on it.
 */
export async function householdPixel(page: Page, id: string): Promise<Pixel> {
  const popup = page.locator(`.leaflet-popup:has(.map-popup[data-household-id="${id}"])`);
  await popup.waitFor();
  const handle = await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const at = { x: box.left + box.width / 2, y: box.bottom + 24 };
    // Still panning or zooming: a box that moved since the last frame is not settled.
    const w = window as unknown as { lastPopupAt?: string };
    const key = `${at.x},${at.y}`;
    const settled = w.lastPopupAt === key;
    w.lastPopupAt = key;
    return settled ? at : null;
  }, `.leaflet-popup:has(.map-popup[data-household-id="${id}"])`);
  return (await handle.jsonValue()) as Pixel;
}

/** The centre of the map on the page. */
export async function mapCentre(page: Page): Promise<Pixel> {
  const box = await page.locator('.map-view').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The RGBA the households' canvas holds at a point of the page (alpha 0 where nothing is). */
export function canvasColourAt(page: Page, at: Pixel): Promise<[number, number, number, number]> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-view canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no households canvas');
    const box = canvas.getBoundingClientRect();
    const px = Math.round(((x - box.left) * canvas.width) / box.width);
    const py = Math.round(((y - box.top) * canvas.height) / box.height);
    const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(px, py, 1, 1).data;
    return [r, g, b, a] as [number, number, number, number];
  }, at);
}

/** How many records a store of FerryBeatDB holds, read with raw IndexedDB. */
export function countStore(page: Page, store: 'tiles' | 'mapAreas'): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('FerryBeatDB');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

/** Metres between two WGS-84 `[lng, lat]` points (close together). */
function metresBetween([lng1, lat1]: readonly number[], [lng2, lat2]: readonly number[]): number {
  const toRad = Math.PI / 180;
  const x =
    ((lng2 ?? 0) - (lng1 ?? 0)) * toRad * Math.cos(((lat1 ?? 0) + (lat2 ?? 0)) * 0.5 * toRad);
  const y = ((lat2 ?? 0) - (lat1 ?? 0)) * toRad;
  return Math.hypot(x, y) * 6_371_000;
}

/**
 * Households of `username`'s cells with no other household within `metres` (a tap on one hits
 * it alone) and no visit this month (drawn as still to visit).
 */
export function lonelyHouseholds(
  station: DemoStation,
  username: string,
  metres = 30,
  now = new Date(),
): Household[] {
  const grids = new Set(
    station.assignments.filter((a) => a.username === username).map((a) => a.gridId),
  );
  const mine = station.households.filter((h) => grids.has(h.gridId));
  // The month (`YYYYMM`) at the station, whatever the offset a visit was written with.
  const monthOf = (instant: number) => stationDate(instant).slice(0, 6);
  const month = monthOf(now.getTime());
  const visited = new Set(
    station.visits
      .filter((v) => monthOf(Date.parse(v.visitedAt)) === month)
      .map((v) => v.householdId),
  );
  return mine.filter(
    (h) =>
      !visited.has(h.id) &&
      mine.every((o) => o === h || metresBetween(o.location, h.location) > metres),
  );
}
