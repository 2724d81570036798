/** Households of the register (户), as pulled; their residents are in residents.ts. */
import type { Grid, Household, Resident, Village } from '../../shared/entities.ts';
import type { FerryBeatDB } from './schema.ts';

/** One household, or undefined when it is not (or no longer) on the device. */
export function householdById(db: FerryBeatDB, id: string): Promise<Household | undefined> {
  return db.households.get(id);
}

/** The households of `ids`, in that order; undefined for those not on the device. */
export function householdsByIds(
  db: FerryBeatDB,
  ids: readonly string[],
): Promise<(Household | undefined)[]> {
  return db.households.bulkGet([...ids]);
}

/** Every household on the device. */
export function allHouseholds(db: FerryBeatDB): Promise<Household[]> {
  return db.households.toArray();
}

/** The households of grid cells `gridIds`; every household when none are given (the leader). */
export function householdsInGrids(
  db: FerryBeatDB,
  gridIds: readonly string[],
): Promise<Household[]> {
  return gridIds.length > 0
    ? db.households.filter((h) => gridIds.includes(h.gridId)).toArray()
    : db.households.toArray();
}

/** The whole register, as the household list builds its groups and search index from it. */
export interface Register {
  villages: Village[];
  grids: Grid[];
  households: Household[];
  residents: Resident[];
}

/** Villages, grids, households and residents, read in one transaction so they agree. */
export async function readRegister(db: FerryBeatDB): Promise<Register> {
  const [villages, grids, households, residentRecords] = await db.transaction(
    'r',
    [db.villages, db.grids, db.households, db.residents],
    () =>
      Promise.all([
        db.villages.toArray(),
        db.grids.toArray(),
        db.households.toArray(),
        db.residents.toArray(),
      ]),
  );
  // Stored per household (see HouseholdResidents); the list searches them one by one.
  return { villages, grids, households, residents: residentRecords.flatMap((r) => r.residents) };
}
