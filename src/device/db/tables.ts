/** The tables that hold the station's records, by the sync entity each holds. */
import type { EntityName } from '../../shared/entities.ts';

/** Replica table names, in the order of the sync entities. */
export type ReplicaTable =
  | 'villages'
  | 'grids'
  | 'households'
  | 'residents'
  | 'crossings'
  | 'suspensions'
  | 'assignments'
  | 'visits';

/** The table each sync entity is stored in. */
export const TABLE_OF: Readonly<Record<EntityName, ReplicaTable>> = {
  village: 'villages',
  grid: 'grids',
  household: 'households',
  resident: 'residents',
  crossing: 'crossings',
  suspension: 'suspensions',
  assignment: 'assignments',
  visit: 'visits',
};

/** Every replica table: the station data a reset or a sign-out drops. */
export const REPLICA_TABLES: readonly ReplicaTable[] = Object.values(TABLE_OF);
