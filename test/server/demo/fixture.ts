/** One demo station per test file, plus distance helpers in km for river and shore checks. */
import { generateStation } from '../../../server/demo/station.ts';
import type { LngLat } from '../../../src/shared/entities.ts';
import {
  ringDistanceKm as ringKm,
  segmentDistanceKm as segmentKm,
} from '../../../src/shared/geo.ts';

/** A fixed "today" (a Friday morning in Muzhou), so ages and visit dates never drift. */
export const TODAY = new Date('2026-11-20T09:00:00+08:00');

export const station = generateStation({ today: TODAY });

/** Distances are projected at Muzhou's latitude. */
const MUZHOU = { refLat: 22.43 };

/** Distance in km from `p` to the segment ab. */
export const segmentDistanceKm = (p: LngLat, a: LngLat, b: LngLat): number =>
  segmentKm(p, a, b, MUZHOU);

/** Distance in km from `p` to the nearest edge of `ring`. */
export const ringDistanceKm = (p: LngLat, ring: LngLat[]): number => ringKm(p, ring, MUZHOU);

/** Distance in km between two disjoint rings (closest vertex of one to an edge of the other). */
export function ringsDistanceKm(a: LngLat[], b: LngLat[]): number {
  const ab = Math.min(...a.map((p) => ringDistanceKm(p, b)));
  const ba = Math.min(...b.map((p) => ringDistanceKm(p, a)));
  return Math.min(ab, ba);
}

export { groupBy } from '../../../server/gtfs/group.ts';

/** Looks up by id, failing the test loudly instead of returning undefined. */
export function byId<T extends { id: string }>(items: readonly T[]): (id: string) => T {
  const index = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = index.get(id);
    if (!item) throw new Error(`no ${id}`);
    return item;
  };
}
