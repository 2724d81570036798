/**
 * What the device keeps besides the pulled station records: its session, sync metadata, the
 * outbox, photos, drafts, day plans and offline map areas. Types only: no module that needs a
 * record's shape loads Dexie for it.
 */
import type { Resident } from '../../shared/entities.ts';
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { MapManifest } from '../../shared/mapManifestSchema.ts';
import type { PlanResult } from '../../shared/planner/types.ts';
import type { SessionUser, VisitPayload } from '../../shared/protocol.ts';
import type { BBox } from '../../shared/tiles.ts';
import type { PhotoType } from '../../shared/vocabulary.ts';

/** Keys of the `meta` table. */
export type MetaKey =
  /** The server's opaque pull cursor, committed with the page it follows. */
  | 'cursor'
  /** ISO time the last pull completed; absent until the first full pull has finished. */
  | 'syncedAt'
  /** Id of the user the replica belongs to, to drop it when someone else signs in. */
  | 'userId'
  /** ISO time of the last sync that pushed and pulled everything (the status line). */
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
