/**
 * The schemas of the station's records as they travel in sync changes and rest in the device's
 * IndexedDB: the one source of the record types in entities.ts (read it for the conventions).
 * The device does not parse pulled records (the server wrote them; a full check of 70,000
 * records would double a pull): these schemas give the types, and tests hold the server's
 * change feed to them.
 */
import { z } from 'zod';
import { suspensionRecord } from './ferry/suspensionSchema.ts';
import { crossingTimetable } from './ferry/timetableSchema.ts';
import { isoTime } from './schemaFields.ts';
import { visitDetails, visitOutcome } from './visitSchema.ts';
import {
  type EntityName,
  HOUSINGS,
  REGISTRATIONS,
  ROLES,
  SEXES,
  VILLAGE_KINDS,
} from './vocabulary.ts';

/** A WGS-84 position as `[longitude, latitude]`. */
export const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A village (村) or the community (社区); its land is the union of its grid cells. */
export const villageRecord = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(VILLAGE_KINDS),
  /** The bank (island) the village stands on; ferry crossings join banks. */
  bankId: z.string(),
  /** Where the village police office (驻村民警工作室) is. */
  office: lngLat,
});

/** A grid cell (网格): one closed polygon, ring not repeated at the end. */
export const gridRecord = z.strictObject({
  id: z.string(),
  name: z.string(),
  villageId: z.string(),
  bankId: z.string(),
  polygon: z.array(lngLat),
});

/** A standard address (标准地址): village, group or lane, house number. */
export const address = z.strictObject({
  village: z.string(),
  /** 组 for a village group, 巷/路 for a lane in the community. */
  area: z.string(),
  number: z.number().int(),
});

/** A household (户) at one standard address inside one grid cell. */
export const householdRecord = z.strictObject({
  id: z.string(),
  gridId: z.string(),
  villageId: z.string(),
  address,
  /** The address as one line, e.g. `莲腰村第三组12号`, for display and search. */
  addressText: z.string(),
  /** Head of household (户主). */
  headName: z.string(),
  phone: z.string(),
  housing: z.enum(HOUSINGS),
  /** Someone aged 70 or more living alone (独居老人). */
  elderlyAlone: z.boolean(),
  location: lngLat,
  residentCount: z.number().int().min(0),
});

/** A resident (实有人口) of one household. */
export const residentRecord = z.strictObject({
  id: z.string(),
  householdId: z.string(),
  gridId: z.string(),
  name: z.string(),
  sex: z.enum(SEXES),
  /** `YYYY-MM-DD`. */
  birthDate: z.iso.date(),
  /** 18-digit ID number (GB 11643); show masked, see `maskIdNumber`. */
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  phone: z.string().nullable(),
  registration: z.enum(REGISTRATIONS),
  /** Relation to the head of household: 户主, 配偶, 子女, 父母, 租客, 其他. */
  relation: z.string(),
});

/**
 * A ferry crossing (渡口) joining two different banks: one ferry route of the station's GTFS
 * timetable (server/gtfs/), with its two landings and when its boats run.
 */
export const crossingRecord = z.strictObject({
  /** The GTFS `route_id`. */
  id: z.string(),
  name: z.string(),
  /** Landing on each bank: `ends[0]` on `bankIds[0]`, `ends[1]` on `bankIds[1]`. */
  bankIds: z.tuple([z.string(), z.string()]),
  ends: z.tuple([lngLat, lngLat]),
  /** The landings' names (GTFS `stop_name`), e.g. `莲腰渡口·北岸`. */
  endNames: z.tuple([z.string(), z.string()]),
  /** How long a crossing usually takes (the median trip). */
  crossingMinutes: z.number().min(0),
  timetable: crossingTimetable,
});

/** A grid cell assigned to one member of staff (一格一警, with auxiliaries). */
export const assignmentRecord = z.strictObject({
  id: z.string(),
  gridId: z.string(),
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
});

/** A household visit (走访) as stored and pulled: who, when, where, what happened. */
export const visitRecord = z.strictObject({
  id: z.string(),
  householdId: z.string(),
  gridId: z.string(),
  userId: z.string(),
  username: z.string(),
  deviceName: z.string(),
  visitedAt: isoTime,
  receivedAt: isoTime,
  outcome: visitOutcome,
  notes: z.string(),
  ...visitDetails.shape,
});

/** The schema of each entity's record in a sync change. */
export const RECORD_SCHEMAS = {
  village: villageRecord,
  grid: gridRecord,
  household: householdRecord,
  resident: residentRecord,
  crossing: crossingRecord,
  /** A crossing stopped for a while by the station (fog, typhoon, repairs). */
  suspension: suspensionRecord,
  assignment: assignmentRecord,
  visit: visitRecord,
} as const satisfies Record<EntityName, z.ZodType>;
