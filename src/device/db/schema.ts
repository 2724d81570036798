/**
 * The device's IndexedDB layout. Replica tables hold the station records exactly as pulled
 * (see src/shared/entities.ts), so a pulled page is written without mapping. Every secondary
 * index costs write time on the leader's 67,000-record first pull: add one only for a query
 * that needs it, and say which.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
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
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { Suspension } from '../../shared/ferry/timetable.ts';
import type { MapManifest } from '../../shared/mapManifestSchema.ts';
import type { PlanResult } from '../../shared/planner/types.ts';
import type { SessionUser, VisitPayload } from '../../shared/protocol.ts';
import type { BBox } from '../../shared/tiles.ts';
import type { PhotoType } from '../../shared/vocabulary.ts';
import { latestVisits } from './latestVisits.ts';

/** Keys of the `meta` table. */
export type MetaKey =
  /** The server's opaque pull cursor, committed with the page it follows. */
  | 'cursor'
  /** ISO time the last pull completed; absent until the first full pull has finished. */
  | 'syncedAt'
  /** Id of the user the replica belongs to, to drop it when someone else signs in. */
  | 'userId'
  /** ISO time of the last sync that pushed and pulled everything (the status bar). */
  | 'lastSyncAt';

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

/** Where a recorded visit is on its way to the station. */
export type OutboxState = 'waiting' | 'sending' | 'synced' | 'rejected';

/**
 * A visit recorded on this device and the mutation that carries it to the server. It leaves
 * the outbox only when the server has acknowledged it and the pulled visit has replaced it.
 */
export interface OutboxEntry {
  /** The mutation id, a UUIDv7 made on the device; also the visit's id on the server. */
  id: string;
  type: 'visit.record';
  createdAt: string;
  payload: VisitPayload;
  /** Whose record: it is pushed only with that user's sign-in. */
  userId: string;
  householdId: string;
  state: OutboxState;
  attempts: number;
  /** Epoch milliseconds before which no retry is made (backoff); 0 means now. */
  nextAttemptAt: number;
  /** Why the server refused it, shown to the officer. */
  lastError: ApiErrorBody | null;
  syncedAt: string | null;
}

/** A photo of a recorded visit, kept until the server has its bytes. */
export interface PhotoRecord {
  /** SHA-256 of the bytes, lower-case hex: the photo's name on device and server. */
  hash: string;
  visitId: string;
  /** Whose visit: uploaded only with that user's sign-in. */
  userId: string;
  /** The shrunk image; dropped (null) once uploaded, the server keeps it from then on. */
  blob: Blob | null;
  type: PhotoType;
  bytes: number;
  width: number;
  height: number;
  state: 'waiting' | 'uploaded' | 'rejected';
  lastError: ApiErrorBody | null;
}

/** A half-filled visit form, kept across reloads until saved or discarded. */
export interface DraftRecord {
  householdId: string;
  userId: string;
  /** The form's own shape (owned by the page's visit form). */
  form: unknown;
  updatedAt: string;
}

/**
 * A household's latest pulled visit, derived from `visits` in the transaction that writes them
 * (latestVisits.ts, visits.ts). `at` is epoch ms: visit times keep the offset they were recorded
 * with, so their strings do not sort in time order.
 */
export interface LastVisitRecord {
  householdId: string;
  at: number;
}

/** One stored map tile (see mapAreas.ts): a PNG kept so the map draws with no signal. */
export interface TileRecord {
  /** `tileKey(source, {z, x, y})`. */
  key: string;
  source: string;
  z: number;
  x: number;
  y: number;
  blob: Blob;
  bytes: number;
  /** The offline areas that want this tile; it is deleted when the last one is removed. */
  areaIds: string[];
  /** Epoch milliseconds it was stored, so a refresh can resume past tiles it already renewed. */
  storedAt: number;
}

/**
 * An officer's plan for one day: the households picked, in the order the planner chose, and
 * which are done. Kept on the device only, so a reload or a crash mid-day keeps the plan.
 */
export interface DayPlanRecord {
  /** `${userId}:${date}`, the date `YYYYMMDD` at the station. */
  key: string;
  userId: string;
  date: string;
  /** Households in visiting order (the planner's, or the officer's picks before planning). */
  householdIds: string[];
  /** ISO time the order was last planned; null until the first plan. */
  plannedAt: string | null;
  /** The last plan's timeline, shown again after a reload; null when the picks changed since. */
  result: PlanResult | null;
  /** Whether that plan set off from the station (else from where the officer was). */
  fromStation: boolean;
  /** Land speed and time per household the officer chose. */
  speedKmh: number;
  visitMinutes: number;
  updatedAt: string;
}

/** Where an offline map area's download stands. */
export type MapAreaState = 'downloading' | 'paused' | 'complete';

/** Why a download stopped early: no connection, the server refused a tile, or the phone is full. */
export type DownloadErrorCode = 'E_OFFLINE' | 'E_SERVER' | 'E_STORAGE';

/** An offline map area: a box and zoom range of one tile source, downloaded tile by tile. */
export interface MapAreaRecord {
  id: string;
  source: string;
  bbox: BBox;
  minZoom: number;
  maxZoom: number;
  /** Tiles the area covers (`countTiles`). */
  total: number;
  /** Tiles stored so far, and their bytes. */
  stored: number;
  bytes: number;
  /** Tiles the source does not have (404): nothing to store, not an error. */
  missing: number;
  state: MapAreaState;
  /** Why the last run stopped early, for the officer. */
  error: DownloadErrorCode | null;
  /** Epoch milliseconds the current (re)download began: older tiles are fetched again. */
  since: number;
  /** The source's manifest when the area was planned: the map needs it with no signal. */
  manifest: MapManifest;
  updatedAt: string;
}

/**
 * Every schema version the app has shipped, oldest first. Dexie upgrades a phone's database
 * through each step in turn, keeping every table a step doesn't name, so a pending outbox
 * survives any app update. Never edit a shipped step: add one.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  /** Fills what a step adds from what is already stored, in the upgrade's transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
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
    },
  },
  {
    version: 2,
    stores: {
      // state: the engine's "what is left to send"; householdId: a household's pending visits.
      outbox: 'id, state, householdId',
      drafts: 'householdId',
    },
  },
  {
    version: 3,
    stores: {
      // visitId: a visit's photos; state: the photos still to upload.
      photos: 'hash, visitId, state',
    },
  },
  {
    version: 4,
    stores: {
      // *areaIds: the tiles to delete (or keep, when another area wants them) on an area's
      // removal, and an area's stored tiles on resume.
      tiles: 'key, *areaIds',
      mapAreas: 'id',
    },
  },
  {
    version: 5,
    stores: {
      suspensions: 'id',
      dayPlans: 'key',
      // visitedAt: the visits of this month (the map, today's plan), not a year of them.
      visits: 'id, householdId, visitedAt',
    },
  },
  {
    version: 6,
    stores: {
      // at: who was visited this month (the map) or today (the day plan), read from the index's
      // keys alone. It replaces the visits' visitedAt index, which made the map read thousands
      // of visits.
      lastVisits: 'householdId, at',
      visits: 'id, householdId',
    },
    // The latest visit of every household already on the device.
    async upgrade(tx) {
      const latest = latestVisits(await tx.table<Visit, string>('visits').toArray());
      await tx
        .table<LastVisitRecord, string>('lastVisits')
        .bulkPut([...latest].map(([householdId, at]) => ({ householdId, at })));
    },
  },
];

/** The schema version this build of the app uses. */
export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

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

  constructor(
    name = 'FerryBeatDB',
    { upTo = LATEST_VERSION, ...options }: FerryBeatDBOptions = {},
  ) {
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
