/**
 * The station's entities as they travel in sync changes and rest in the device's IndexedDB.
 * One shape on both sides: the server writes exactly this JSON into its change feed and the
 * device stores it as is, so a pulled record needs no mapping before it is written.
 *
 * Coordinates are WGS-84, `[lng, lat]` in that order (GeoJSON order).
 *
 * Every type here is read off a zod schema (stationSchema.ts, visitSchema.ts,
 * ferry/timetableSchema.ts) or a list (vocabulary.ts), so a field changed on one side only
 * fails `tsc`. This module imports those schemas as types only: the page imports it and must
 * not load zod.
 */
import type { z } from 'zod';
import type {
  address,
  assignmentRecord,
  crossingRecord,
  gridRecord,
  householdRecord,
  lngLat,
  RECORD_SCHEMAS,
  residentRecord,
  villageRecord,
  visitRecord,
} from './stationSchema.ts';
import type { geoFix, newResident, photoRef, visitDetails } from './visitSchema.ts';
import type { EntityName } from './vocabulary.ts';

export {
  ENTITY_NAMES,
  type EntityName,
  type Housing,
  type Registration,
  type Role,
  VISIT_TOPICS,
  type VillageKind,
  type VisitOutcome,
  type VisitTopic,
} from './vocabulary.ts';

/** A WGS-84 position as `[longitude, latitude]`. */
export type LngLat = z.infer<typeof lngLat>;

/** A village (村) or the community (社区); its land is the union of its grid cells. */
export type Village = z.infer<typeof villageRecord>;

/** A grid cell (网格): one closed polygon, ring not repeated at the end. */
export type Grid = z.infer<typeof gridRecord>;

/** A standard address (标准地址): village, group or lane, house number. */
export type Address = z.infer<typeof address>;

/** A household (户) at one standard address inside one grid cell. */
export type Household = z.infer<typeof householdRecord>;

/** A resident (实有人口) of one household. */
export type Resident = z.infer<typeof residentRecord>;

/** A ferry crossing (渡口) joining two different banks, with when its boats run. */
export type Crossing = z.infer<typeof crossingRecord>;

/** A grid cell assigned to one member of staff (一格一警, with auxiliaries). */
export type Assignment = z.infer<typeof assignmentRecord>;

/** Someone found living at the household who is not on its register yet. */
export type NewResident = z.infer<typeof newResident>;

/** A GPS fix taken when the visit was saved; accuracy in metres. */
export type GeoFix = z.infer<typeof geoFix>;

/** A photo of a visit, named by the SHA-256 of its bytes; the bytes are uploaded separately. */
export type PhotoRef = z.infer<typeof photoRef>;

/** What the officer recorded at the door, beyond the outcome and notes. */
export type VisitDetails = z.infer<typeof visitDetails>;

/** A household visit (走访) as stored and pulled: who, when, where, what happened. */
export type Visit = z.infer<typeof visitRecord>;

/** The details of a visit that recorded only an outcome and notes. */
export const EMPTY_VISIT_DETAILS: Readonly<VisitDetails> = {
  presentResidentIds: [],
  movedOutResidentIds: [],
  newResidents: [],
  antiFraudChecked: false,
  antiFraudInstalled: 0,
  topics: [],
  followUp: false,
  location: null,
  photos: [],
};

/** Entity names in sync changes, mapped to their record types. */
export type EntityTypes = { [E in EntityName]: z.infer<(typeof RECORD_SCHEMAS)[E]> };
