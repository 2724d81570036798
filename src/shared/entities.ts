/**
 * The station's entities as they travel in sync changes and rest in the device's IndexedDB.
 * One shape on both sides: the server writes exactly this JSON into its change feed and the
 * device stores it as is, so a pulled record needs no mapping before it is written.
 *
 * Coordinates are WGS-84, `[lng, lat]` in that order (GeoJSON order).
 */

import type { CrossingTimetable, Suspension } from './ferry/timetable.ts';

/** A WGS-84 position as `[longitude, latitude]`. */
export type LngLat = [number, number];

/** 村 or 社区. */
export type VillageKind = 'village' | 'community';

/** A village (村) or the community (社区); its land is the union of its grid cells. */
export interface Village {
  id: string;
  name: string;
  kind: VillageKind;
  /** The bank (island) the village stands on; ferry crossings join banks. */
  bankId: string;
  /** Where the village police office (驻村民警工作室) is. */
  office: LngLat;
}

/** A grid cell (网格): one closed polygon, ring not repeated at the end. */
export interface Grid {
  id: string;
  name: string;
  villageId: string;
  bankId: string;
  polygon: LngLat[];
}

/** A standard address (标准地址): village, group or lane, house number. */
export interface Address {
  village: string;
  /** 组 for a village group, 巷/路 for a lane in the community. */
  area: string;
  number: number;
}

/** Rented housing (出租屋) or owner-occupied. */
export type Housing = 'owned' | 'rented';

/** A household (户) at one standard address inside one grid cell. */
export interface Household {
  id: string;
  gridId: string;
  villageId: string;
  address: Address;
  /** The address as one line, e.g. `莲腰村第三组12号`, for display and search. */
  addressText: string;
  /** Head of household (户主). */
  headName: string;
  phone: string;
  housing: Housing;
  /** Someone aged 70 or more living alone (独居老人). */
  elderlyAlone: boolean;
  location: LngLat;
  residentCount: number;
}

/** 户籍 (registered here) or 流动 (migrant). */
export type Registration = 'registered' | 'migrant';

/** A resident (实有人口) of one household. */
export interface Resident {
  id: string;
  householdId: string;
  gridId: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  /** 18-digit ID number (GB 11643); show masked, see `maskIdNumber`. */
  idNumber: string;
  phone: string | null;
  registration: Registration;
  /** Relation to the head of household: 户主, 配偶, 子女, 父母, 租客, 其他. */
  relation: string;
}

/**
 * A ferry crossing (渡口) joining two different banks: one ferry route of the station's GTFS
 * timetable (server/gtfs/), with its two landings and when its boats run.
 */
export interface Crossing {
  /** The GTFS `route_id`. */
  id: string;
  name: string;
  /** Landing on each bank: `ends[0]` on `bankIds[0]`, `ends[1]` on `bankIds[1]`. */
  bankIds: [string, string];
  ends: [LngLat, LngLat];
  /** The landings' names (GTFS `stop_name`), e.g. `莲腰渡口·北岸`. */
  endNames: [string, string];
  /** How long a crossing usually takes (the median trip). */
  crossingMinutes: number;
  timetable: CrossingTimetable;
}

/** Staff roles. */
export type Role = 'officer' | 'auxiliary' | 'leader';

/** A grid cell assigned to one member of staff (一格一警, with auxiliaries). */
export interface Assignment {
  id: string;
  gridId: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Outcome of a household visit. */
export type VisitOutcome = 'met' | 'nobody_home' | 'refused' | 'moved';

/** What a visit was about (走访事项). */
export type VisitTopic = 'anti_fraud' | 'dispute' | 'hazard' | 'help' | 'other';

export const VISIT_TOPICS: readonly VisitTopic[] = [
  'anti_fraud',
  'dispute',
  'hazard',
  'help',
  'other',
];

/** Someone found living at the household who is not on its register yet. */
export interface NewResident {
  name: string;
  sex: 'male' | 'female' | null;
  phone: string | null;
  note: string;
}

/** A GPS fix taken when the visit was saved; accuracy in metres. */
export interface GeoFix {
  lat: number;
  lng: number;
  accuracy: number;
}

/** A photo of a visit, named by the SHA-256 of its bytes; the bytes are uploaded separately. */
export interface PhotoRef {
  hash: string;
  type: 'image/jpeg' | 'image/webp';
  bytes: number;
  width: number;
  height: number;
}

/** What the officer recorded at the door, beyond the outcome and notes. */
export interface VisitDetails {
  /** Residents present and verified (核查). */
  presentResidentIds: string[];
  /** Residents who no longer live here. */
  movedOutResidentIds: string[];
  newResidents: NewResident[];
  /** Whether the 国家反诈中心 app was checked, and for how many people it is installed. */
  antiFraudChecked: boolean;
  antiFraudInstalled: number;
  topics: VisitTopic[];
  followUp: boolean;
  location: GeoFix | null;
  photos: PhotoRef[];
}

/** A household visit (走访) as stored and pulled: who, when, where, what happened. */
export interface Visit extends VisitDetails {
  id: string;
  householdId: string;
  gridId: string;
  userId: string;
  username: string;
  deviceName: string;
  visitedAt: string;
  receivedAt: string;
  outcome: VisitOutcome;
  notes: string;
}

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
export interface EntityTypes {
  village: Village;
  grid: Grid;
  household: Household;
  resident: Resident;
  crossing: Crossing;
  /** A crossing stopped for a while by the station (fog, typhoon, repairs). */
  suspension: Suspension;
  assignment: Assignment;
  visit: Visit;
}

export type EntityName = keyof EntityTypes;

export const ENTITY_NAMES: readonly EntityName[] = [
  'village',
  'grid',
  'household',
  'resident',
  'crossing',
  'suspension',
  'assignment',
  'visit',
];
