/** What the map draws, read from IndexedDB: cells, households (visited this month or not), crossings. */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { STATION_TIME_ZONE, stationDate } from '../../device/plan/dayPlan.ts';
import { householdsVisitedSince } from '../../device/sync/visits.ts';
import type { Crossing, Grid, Household } from '../../shared/entities.ts';
import { wallClockInstant } from '../../shared/ferry/serviceDay.ts';

/** The month `YYYY-MM` an instant falls in at the station (Asia/Shanghai). */
export function stationMonth(instant: Date | string): string {
  const date = stationDate(typeof instant === 'string' ? Date.parse(instant) : instant.getTime());
  return `${date.slice(0, 4)}-${date.slice(4, 6)}`;
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
  return wallClockInstant(`${stationDate(now.getTime()).slice(0, 6)}01`, STATION_TIME_ZONE);
}

/** Ids of the households visited in the month of `now`, pulled or still in the outbox. */
export function visitedThisMonth(db: FerryBeatDB, now: Date): Promise<Set<string>> {
  return householdsVisitedSince(db, monthStart(now));
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
