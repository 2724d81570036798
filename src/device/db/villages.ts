/** Villages and communities (村 / 社区) of the station, as pulled. */
import type { Village } from '../../shared/entities.ts';
import type { FerryBeatDB } from './schema.ts';

/** Every village and community on the device. */
export function allVillages(db: FerryBeatDB): Promise<Village[]> {
  return db.villages.toArray();
}
