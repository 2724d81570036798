/** What the map draws, read from IndexedDB: cells, households (visited this month or not), crossings. */
import { allCrossings } from '../../device/db/ferries.ts';
import { allGrids } from '../../device/db/grids.ts';
import { allHouseholds } from '../../device/db/households.ts';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { householdsVisitedSince } from '../../device/db/visits.ts';
import type { Crossing, Grid, Household } from '../../shared/entities.ts';
import { stationMonthStart } from '../../shared/stationTime.ts';

/** Everything the map overlays show. */
export interface MapData {
  grids: Grid[];
  /** The signed-in user's own cells, highlighted. */
  ownGridIds: ReadonlySet<string>;
  households: Household[];
  /** Households visited in the station's month of `now`, pulled or still in the outbox. */
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
    allGrids(db),
    allHouseholds(db),
    householdsVisitedSince(db, stationMonthStart(now.getTime())),
    allCrossings(db),
  ]);
  return { grids, ownGridIds: new Set(gridIds), households, visited, crossings };
}
