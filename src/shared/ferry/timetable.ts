/**
 * A crossing's timetable as it travels in sync and rests on the device: compiled from the
 * station's GTFS feed (server/gtfs/) into one small record per crossing. Times keep GTFS's
 * meaning: seconds after the start of a service day, which is "noon minus 12 h" on that date
 * in the agency's zone (midnight wherever there is no daylight-saving change, as in China), so
 * `25:10:00` is 90,600 and belongs to the day before.
 */

/** Seconds after the start of a service day; may pass 86,400 for departures after midnight. */
export type ServiceSeconds = number;

/** When a service runs: weekdays between two dates, with single dates added or removed. */
export interface ServiceCalendar {
  /** GTFS `service_id`. */
  id: string;
  /** Monday first, `1` when it runs that weekday: `1111100` is Monday to Friday. */
  weekdays: string;
  /** First and last date (`YYYYMMDD`) of the weekly pattern; null when only `added` dates run. */
  start: string | null;
  end: string | null;
  /** `calendar_dates.txt` exceptions: type 1 (added) and type 2 (removed), `YYYYMMDD`. */
  added: string[];
  removed: string[];
}

/** Departures every `headway` seconds from `start` until before `end` (GTFS `frequencies.txt`). */
export interface FrequencyRun {
  start: ServiceSeconds;
  end: ServiceSeconds;
  headway: number;
  /** `exact_times=1`: boats leave exactly on the schedule; else only about that often. */
  exact: boolean;
}

/** The departures of one service from one end of a crossing that take the same time across. */
export interface DepartureRun {
  serviceId: string;
  /** The end the boat leaves from, as in `Crossing.ends`; it lands at the other end. */
  from: 0 | 1;
  /** Seconds from leaving one landing to arriving at the other. */
  duration: number;
  /** Scheduled departures, ascending. */
  times: ServiceSeconds[];
  /** Headway-based departures, ascending by start. */
  frequencies: FrequencyRun[];
}

/** Everything a device needs to know when a crossing's boats run. */
export interface CrossingTimetable {
  /** The agency's zone (GTFS `agency_timezone`), e.g. `Asia/Shanghai`, whatever the phone's. */
  timeZone: string;
  services: ServiceCalendar[];
  runs: DepartureRun[];
}

/** Why the station stopped a crossing for a while. */
export type SuspensionReason = 'fog' | 'typhoon' | 'repairs' | 'other';

export const SUSPENSION_REASONS: readonly SuspensionReason[] = [
  'fog',
  'typhoon',
  'repairs',
  'other',
];

/**
 * A temporary stop of a crossing set by the station (停航): no boat leaves at or after `from`
 * and before `until` (ISO instants; `until` null while the end is not known).
 */
export interface Suspension {
  id: string;
  crossingId: string;
  from: string;
  until: string | null;
  reason: SuspensionReason;
  /** A short note for officers, e.g. 大雾, 预计午后恢复; no personal data. */
  note: string;
  createdAt: string;
}
