/**
 * Which bank a place (a ferry landing, the officer's position) stands on: the bank of the grid
 * cell around it, or of the nearest cell when it is on the shore just outside every cell (a
 * timetable's coordinates are rarely drawn to the cell edges). A place far from every cell is
 * not on the station's land.
 */
import type { Grid, LngLat } from './entities.ts';
import { pointInPolygon } from './geo.ts';

/** How far outside every grid cell a landing may stand and still count as on a bank. */
export const SHORE_KM = 0.3;

const KM_PER_DEGREE = 111.32;

/** Distance in km from `p` to the segment a–b, on a local flat projection (fine at 1 km). */
function segmentKm(p: LngLat, a: LngLat, b: LngLat): number {
  const cos = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay] = [(a[0] - p[0]) * cos * KM_PER_DEGREE, (a[1] - p[1]) * KM_PER_DEGREE];
  const [bx, by] = [(b[0] - p[0]) * cos * KM_PER_DEGREE, (b[1] - p[1]) * KM_PER_DEGREE];
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in km from `p` to a polygon's boundary. */
function ringKm(p: LngLat, ring: readonly LngLat[]): number {
  let best = Number.POSITIVE_INFINITY;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    best = Math.min(best, segmentKm(p, a, b));
  });
  return best;
}

/** The bank `p` stands on, or null when it is more than SHORE_KM from every grid cell. */
export function bankAt(grids: readonly Grid[], p: LngLat): string | null {
  const inside = grids.find((g) => pointInPolygon(p, g.polygon));
  if (inside) return inside.bankId;
  let nearest: { bankId: string; km: number } | null = null;
  for (const grid of grids) {
    const km = ringKm(p, grid.polygon);
    if (km <= SHORE_KM && (!nearest || km < nearest.km)) nearest = { bankId: grid.bankId, km };
  }
  return nearest?.bankId ?? null;
}
