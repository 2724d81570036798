/** What the map draws, read from IndexedDB: cells, households (visited this month or not), crossings. */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { visitedSince } from '../../device/sync/visits.ts';
import type { Crossing, Grid, Household } from '../../shared/entities.ts';

/** The station's zone (China Standard Time, no daylight saving): UTC+8. */
const STATION_OFFSET_MS = 8 * 60 * 60_000;

/** The month `YYYY-MM` an instant falls in at the station (Asia/Shanghai). */
export function stationMonth(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(time + STATION_OFFSET_MS).toISOString().slice(0, 7);
}

/** Ids of the households with a visit in the month of `now`, pulled or still in the outbox. */
export function visitedInMonth(
  visits: Iterable<{ householdId: string; visitedAt: string }>,
  now: Date,
): Set<string> {
  const month = stationMonth(now);
  const visited = new Set<string>();
  for (const visit of visits) {
    if (stationMonth(visit.visitedAt) === month) visited.add(visit.householdId);
  }
  return visited;
}

/** The instant the month of `now` began at the station. */
function monthStart(now: Date): number {
  return Date.parse(`${stationMonth(now)}-01T00:00:00+08:00`);
}

/**
 * Ids of the households visited in the month of `now`: by a pulled visit (their latest visit,
 * from `lastVisits`' index keys alone) or one still in the outbox.
 */
export async function visitedThisMonth(db: FerryBeatDB, now: Date): Promise<Set<string>> {
  const [pulled, outbox] = await Promise.all([
    visitedSince(db, monthStart(now)),
    db.outbox.toArray(),
  ]);
  const recorded = outbox.map((entry) => ({
    householdId: entry.householdId,
    visitedAt: entry.payload.visitedAt,
  }));
  return new Set([...pulled, ...visitedInMonth(recorded, now)]);
}

/** Everything the map overlays show. */
export interface MapData {
  grids: Grid[];
  /** The signed-in user's own cells, highlighted. */
  ownGridIds: ReadonlySet<string>;
  households: Household[];
  visited: ReadonlySet<string>;
  crossings: Crossing[];
}

/** Reads the overlays for a user with cells `gridIds`, visits counted in the month of `now`. */
export async function loadMapData(
  db: FerryBeatDB,
  gridIds: readonly string[],
  now: Date,
): Promise<MapData> {
  const [grids, households, visited, crossings] = await Promise.all([
    db.grids.toArray(),
    db.households.toArray(),
    visitedThisMonth(db, now),
    db.crossings.toArray(),
  ]);
  return { grids, ownGridIds: new Set(gridIds), households, visited, crossings };
}
