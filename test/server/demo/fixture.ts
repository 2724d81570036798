/** One demo station per test file, plus distance helpers in km for river and shore checks. */
import { generateStation } from '../../../server/demo/station.ts';
import type { LngLat } from '../../../src/shared/entities.ts';

/** A fixed "today" (a Friday morning in Muzhou), so ages and visit dates never drift. */
export const TODAY = new Date('2026-11-20T09:00:00+08:00');

export const station = generateStation({ today: TODAY });

const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LNG = 111.32 * Math.cos((22.43 * Math.PI) / 180);

function toKm([lng, lat]: LngLat): [number, number] {
  return [lng * KM_PER_DEG_LNG, lat * KM_PER_DEG_LAT];
}

/** Distance in km from `p` to the segment ab. */
export function segmentDistanceKm(p: LngLat, a: LngLat, b: LngLat): number {
  const [px, py] = toKm(p);
  const [ax, ay] = toKm(a);
  const [bx, by] = toKm(b);
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance in km from `p` to the nearest edge of `ring`. */
export function ringDistanceKm(p: LngLat, ring: LngLat[]): number {
  let best = Infinity;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    best = Math.min(best, segmentDistanceKm(p, a, b));
  });
  return best;
}

/** Distance in km between two disjoint rings (closest vertex of one to an edge of the other). */
export function ringsDistanceKm(a: LngLat[], b: LngLat[]): number {
  const ab = Math.min(...a.map((p) => ringDistanceKm(p, b)));
  const ba = Math.min(...b.map((p) => ringDistanceKm(p, a)));
  return Math.min(ab, ba);
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Looks up by id, failing the test loudly instead of returning undefined. */
export function byId<T extends { id: string }>(items: readonly T[]): (id: string) => T {
  const index = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = index.get(id);
    if (!item) throw new Error(`no ${id}`);
    return item;
  };
}
