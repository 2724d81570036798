/**
 * The device's IndexedDB layout. Replica tables hold the station records exactly as pulled
 * (see src/shared/entities.ts), so a pulled page is written without mapping. Every secondary
 * index costs write time on the leader's 67,000-record first pull: add one only for a query
 * that needs it, and say which.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  Assignment,
  Crossing,
  EntityName,
  Grid,
  Household,
  Resident,
  Village,
  Visit,
} from '../../shared/entities.ts';
import type { SessionUser } from '../../shared/protocol.ts';

/** Keys of the `meta` table. */
export type MetaKey =
  /** The server's opaque pull cursor, committed with the page it follows. */
  | 'cursor'
  /** ISO time the last pull completed; absent until the first full pull has finished. */
  | 'syncedAt'
  /** Id of the user the replica belongs to, to drop it when someone else signs in. */
  | 'userId';

/** One `meta` row: a small string value under a fixed key. */
export interface MetaRecord {
  key: MetaKey;
  value: string;
}

/** The signed-in session; one row under the key `current`. */
export interface SessionRecord {
  key: 'current';
  token: string;
  user: SessionUser;
  deviceName: string;
  signedInAt: string;
}

/**
 * The residents of one household, stored as one record. IndexedDB pays mostly per record, not
 * per byte (measured in Chromium here: 3,000 resident records ≈ 150 ms, the same residents in
 * 750 household records ≈ 50 ms), and the device only ever reads residents a household at a time.
 */
export interface HouseholdResidents {
  householdId: string;
  /** Ids of `residents`, indexed so a resident's delete or move finds its household. */
  residentIds: string[];
  residents: Resident[];
}

/** The database `FerryBeatDB`; construct it only in this folder (see db.ts). */
export class FerryBeatDB extends Dexie {
  villages!: EntityTable<Village, 'id'>;
  grids!: EntityTable<Grid, 'id'>;
  households!: EntityTable<Household, 'id'>;
  residents!: EntityTable<HouseholdResidents, 'householdId'>;
  crossings!: EntityTable<Crossing, 'id'>;
  assignments!: EntityTable<Assignment, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  session!: EntityTable<SessionRecord, 'key'>;

  constructor(name = 'FerryBeatDB', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      villages: 'id',
      grids: 'id',
      households: 'id',
      // One record per household (see HouseholdResidents); *residentIds: find a resident's
      // household when a pulled change deletes or moves that resident.
      residents: 'householdId, *residentIds',
      crossings: 'id',
      assignments: 'id',
      // householdId: past visits shown on a household's detail screen.
      visits: 'id, householdId',
      meta: 'key',
      session: 'key',
    });
  }
}

/** Replica table names, in the order of the sync entities. */
export type ReplicaTable =
  | 'villages'
  | 'grids'
  | 'households'
  | 'residents'
  | 'crossings'
  | 'assignments'
  | 'visits';

/** The table each sync entity is stored in. */
export const TABLE_OF: Readonly<Record<EntityName, ReplicaTable>> = {
  village: 'villages',
  grid: 'grids',
  household: 'households',
  resident: 'residents',
  crossing: 'crossings',
  assignment: 'assignments',
  visit: 'visits',
};

/** Every replica table: the station data a reset or a sign-out drops. */
export const REPLICA_TABLES: readonly ReplicaTable[] = Object.values(TABLE_OF);
