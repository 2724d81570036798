/**
 * The device's IndexedDB layout. Replica tables hold the station records exactly as pulled
 * (see src/shared/entities.ts), so a pulled page is written without mapping. Every secondary
 * index costs write time on the leader's 67,000-record first pull: add one only for a query
 * that needs it, and say which (versions.ts, beside each index string).
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  Assignment,
  Crossing,
  Grid,
  Household,
  Village,
  Visit,
} from '../../shared/entities.ts';
import type { Suspension } from '../../shared/ferry/timetable.ts';
import type {
  DayPlanRecord,
  DraftRecord,
  HouseholdResidents,
  LastVisitRecord,
  MapAreaRecord,
  MetaRecord,
  OutboxEntry,
  PhotoRecord,
  SessionRecord,
  TileRecord,
} from './records.ts';
import { DB_NAME, LATEST_VERSION, SCHEMA_VERSIONS } from './versions.ts';

// The record types are named from here too, beside the database that holds them.
export type * from './records.ts';
export type { ReplicaTable } from './tables.ts';

/** Options of `FerryBeatDB`: Dexie's own, and `upTo` to open an older schema in tests. */
export type FerryBeatDBOptions = ConstructorParameters<typeof Dexie>[1] & { upTo?: number };

/** The database `FerryBeatDB`; construct it only in this folder (see db.ts). */
export class FerryBeatDB extends Dexie {
  villages!: EntityTable<Village, 'id'>;
  grids!: EntityTable<Grid, 'id'>;
  households!: EntityTable<Household, 'id'>;
  residents!: EntityTable<HouseholdResidents, 'householdId'>;
  crossings!: EntityTable<Crossing, 'id'>;
  suspensions!: EntityTable<Suspension, 'id'>;
  dayPlans!: EntityTable<DayPlanRecord, 'key'>;
  assignments!: EntityTable<Assignment, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  lastVisits!: EntityTable<LastVisitRecord, 'householdId'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  session!: EntityTable<SessionRecord, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  drafts!: EntityTable<DraftRecord, 'householdId'>;
  photos!: EntityTable<PhotoRecord, 'hash'>;
  tiles!: EntityTable<TileRecord, 'key'>;
  mapAreas!: EntityTable<MapAreaRecord, 'id'>;

  constructor(name = DB_NAME, { upTo = LATEST_VERSION, ...options }: FerryBeatDBOptions = {}) {
    // Strict durability: a transaction completes only once on disk, so "saved on this device"
    // survives a crash or power loss. Chromium's default is relaxed; the cost is one flush per
    // transaction, and pulls write few, large transactions.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    // Declared: the steps with an upgrade and the last one, each with every table up to it.
    // Dexie (since 3.0) upgrades from the schema a phone actually has, so the other steps need
    // no declaring, and declaring all of them parsed the schema again for each at every start.
    const steps = SCHEMA_VERSIONS.filter((step) => step.version <= upTo);
    let stores: Record<string, string | null> = {};
    for (const [i, step] of steps.entries()) {
      stores = { ...stores, ...step.stores };
      if (!step.upgrade && i < steps.length - 1) continue;
      const version = this.version(step.version).stores(stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
