/**
 * The station's entities as they travel in sync changes and rest in the device's IndexedDB.
 * One shape on both sides: the server writes exactly this JSON into its change feed and the
 * device stores it as is, so a pulled record needs no mapping before it is written.
 *
 * Coordinates are WGS-84, `[lng, lat]` in that order (GeoJSON order).
 */

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

/** A ferry timetable: regular departures between first and last, or fixed times only. */
export type Timetable =
  | { kind: 'interval'; first: string; last: string; everyMinutes: number }
  | { kind: 'fixed'; departures: string[] };

/** A ferry crossing (渡口) joining two different banks. */
export interface Crossing {
  id: string;
  name: string;
  /** Landing on each bank: `ends[0]` on `bankIds[0]`, `ends[1]` on `bankIds[1]`. */
  bankIds: [string, string];
  ends: [LngLat, LngLat];
  crossingMinutes: number;
  /** Departures from each end; times `HH:MM` in the station's zone (Asia/Shanghai). */
  timetable: Timetable;
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

/** A household visit (走访) as stored and pulled: who, when, where, what happened. */
export interface Visit {
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

/** Entity names in sync changes, mapped to their record types. */
export interface EntityTypes {
  village: Village;
  grid: Grid;
  household: Household;
  resident: Resident;
  crossing: Crossing;
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
  'assignment',
  'visit',
];
