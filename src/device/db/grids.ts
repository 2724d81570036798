/** Grid cells (网格) of the station, as pulled: one officer per cell. */
import type { Grid } from '../../shared/entities.ts';
import type { FerryBeatDB } from './schema.ts';

/** Every grid cell on the device. */
export function allGrids(db: FerryBeatDB): Promise<Grid[]> {
  return db.grids.toArray();
}

/** One grid cell, or undefined when it is not on the device. */
export function gridById(db: FerryBeatDB, id: string): Promise<Grid | undefined> {
  return db.grids.get(id);
}
