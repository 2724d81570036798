/**
 * Which bank a place (a ferry landing, the officer's position) stands on: the bank of the grid
 * cell around it, or of the nearest cell when it is on the shore just outside every cell (a
 * timetable's coordinates are rarely drawn to the cell edges). A place far from every cell is
 * not on the station's land.
 */
import type { Grid, LngLat } from './entities.ts';
import { KM_PER_DEG_LNG_AT_EQUATOR, pointInPolygon, ringDistanceKm } from './geo.ts';

/** How far outside every grid cell a landing may stand and still count as on a bank. */
export const SHORE_KM = 0.3;

// The shore test takes latitude at 111.32 km a degree too (not geo.ts's 110.57), as it always
// has: which bank a landing falls on stays the same.
const SHORE_PROJECTION = { kmPerDegLat: KM_PER_DEG_LNG_AT_EQUATOR };

/** The bank `p` stands on, or null when it is more than SHORE_KM from every grid cell. */
export function bankAt(grids: readonly Grid[], p: LngLat): string | null {
  const inside = grids.find((g) => pointInPolygon(p, g.polygon));
  if (inside) return inside.bankId;
  let nearest: { bankId: string; km: number } | null = null;
  for (const grid of grids) {
    const km = ringDistanceKm(p, grid.polygon, SHORE_PROJECTION);
    if (km <= SHORE_KM && (!nearest || km < nearest.km)) nearest = { bankId: grid.bankId, km };
  }
  return nearest?.bankId ?? null;
}
