/**
 * The schema of a crossing's timetable, the one source of the types in timetable.ts (read it
 * for what the fields mean). Times are GTFS service seconds.
 */
import { z } from 'zod';

/** Seconds after the start of a service day; may pass 86,400 for departures after midnight. */
const serviceSeconds = z.number().int().min(0);

/** When a service runs: weekdays between two dates, with single dates added or removed. */
export const serviceCalendar = z.strictObject({
  /** GTFS `service_id`. */
  id: z.string(),
  /** Monday first, `1` when it runs that weekday: `1111100` is Monday to Friday. */
  weekdays: z.string().regex(/^[01]{7}$/),
  /** First and last date (`YYYYMMDD`) of the weekly pattern; null when only `added` dates run. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** `calendar_dates.txt` exceptions: type 1 (added) and type 2 (removed), `YYYYMMDD`. */
  added: z.array(z.string()),
  removed: z.array(z.string()),
});

/** Departures every `headway` seconds from `start` until before `end` (GTFS `frequencies.txt`). */
export const frequencyRun = z.strictObject({
  start: serviceSeconds,
  end: serviceSeconds,
  headway: z.number().int().positive(),
  /** `exact_times=1`: boats leave exactly on the schedule; else only about that often. */
  exact: z.boolean(),
});

/** The departures of one service from one end of a crossing that take the same time across. */
export const departureRun = z.strictObject({
  serviceId: z.string(),
  /** The end the boat leaves from, as in `Crossing.ends`; it lands at the other end. */
  from: z.literal([0, 1]),
  /** Seconds from leaving one landing to arriving at the other. */
  duration: z.number().int().min(0),
  /** Scheduled departures, ascending. */
  times: z.array(serviceSeconds),
  /** Headway-based departures, ascending by start. */
  frequencies: z.array(frequencyRun),
});

/** Everything a device needs to know when a crossing's boats run. */
export const crossingTimetable = z.strictObject({
  /** The agency's zone (GTFS `agency_timezone`), e.g. `Asia/Shanghai`, whatever the phone's. */
  timeZone: z.string(),
  services: z.array(serviceCalendar),
  runs: z.array(departureRun),
});
