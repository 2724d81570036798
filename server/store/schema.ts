/**
 * Table types for Kysely. Station data travels as JSON records in `change_feed.data`; the entity
 * tables hold the keys that scope checks, integrity and the leader's queries need.
 */
import type { Generated } from 'kysely';
import type { Role, VisitOutcome } from '../../src/shared/entities.ts';

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  device_name: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface VillageTable {
  id: string;
  name: string;
  bank_id: string;
}

export interface GridTable {
  id: string;
  village_id: string;
  name: string;
}

export interface HouseholdTable {
  id: string;
  grid_id: string;
}

export interface ResidentTable {
  id: string;
  household_id: string;
  grid_id: string;
}

export interface CrossingTable {
  id: string;
  name: string;
}

export interface AssignmentTable {
  id: string;
  grid_id: string;
  user_id: string;
}

export interface VisitTable {
  id: string;
  household_id: string;
  grid_id: string;
  user_id: string;
  session_id: string | null;
  device_name: string;
  visited_at: string;
  received_at: string;
  outcome: VisitOutcome;
  notes: string;
  /** `VisitDetails` as JSON. */
  details: string;
}

export interface VisitPhotoTable {
  visit_id: string;
  hash: string;
  type: string;
  bytes: number;
}

/** A photo whose bytes the server holds (in DATA_DIR/photos, named by hash). */
export interface PhotoTable {
  hash: string;
  type: string;
  bytes: number;
  user_id: string;
  received_at: string;
}

/** One GTFS timetable import (server/ferries/import.ts). */
export interface TimetableImportTable {
  id: Generated<number>;
  imported_at: string;
  /** The file or folder name imported (no directories: they may name a person). */
  source: string;
  feed_version: string | null;
  crossings: number;
  trips: number;
}

/** A crossing stopped for a while (`Suspension`); `until_at` null while open-ended. */
export interface SuspensionTable {
  id: string;
  crossing_id: string;
  from_at: string;
  until_at: string | null;
  reason: string;
  note: string;
  created_by: string;
  created_at: string;
}

/**
 * The change feed: one row per record, holding its latest state. Every write deletes the
 * record's row and inserts a new one, so `seq` orders records by their last change and a pull
 * cursor is simply the last `seq` seen.
 */
export interface ChangeFeedTable {
  seq: Generated<number>;
  entity: string;
  entity_id: string;
  op: 'put' | 'delete';
  /** The grid a personal record belongs to; null for station-wide records (villages, crossings). */
  grid_id: string | null;
  data: string | null;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  villages: VillageTable;
  grids: GridTable;
  households: HouseholdTable;
  residents: ResidentTable;
  crossings: CrossingTable;
  assignments: AssignmentTable;
  visits: VisitTable;
  visit_photos: VisitPhotoTable;
  photos: PhotoTable;
  change_feed: ChangeFeedTable;
  timetable_imports: TimetableImportTable;
  suspensions: SuspensionTable;
}
