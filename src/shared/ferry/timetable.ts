/**
 * A crossing's timetable as it travels in sync and rests on the device: compiled from the
 * station's GTFS feed (server/gtfs/) into one small record per crossing. Times keep GTFS's
 * meaning: seconds after the start of a service day, which is "noon minus 12 h" on that date
 * in the agency's zone (midnight wherever there is no daylight-saving change, as in China), so
 * `25:10:00` is 90,600 and belongs to the day before.
 *
 * The types are read off the schemas in timetableSchema.ts and suspensionSchema.ts, their one
 * source. This module holds no zod: the ferry screen imports it without loading zod.
 */
import type { z } from 'zod';
import type { suspensionRecord } from './suspensionSchema.ts';
import type {
  crossingTimetable,
  departureRun,
  frequencyRun,
  serviceCalendar,
} from './timetableSchema.ts';

export { SUSPENSION_REASONS, type SuspensionReason } from '../vocabulary.ts';

/** Seconds after the start of a service day; may pass 86,400 for departures after midnight. */
export type ServiceSeconds = number;

/** When a service runs: weekdays between two dates, with single dates added or removed. */
export type ServiceCalendar = z.infer<typeof serviceCalendar>;

/** Departures every `headway` seconds from `start` until before `end` (GTFS `frequencies.txt`). */
export type FrequencyRun = z.infer<typeof frequencyRun>;

/** The departures of one service from one end of a crossing that take the same time across. */
export type DepartureRun = z.infer<typeof departureRun>;

/** Everything a device needs to know when a crossing's boats run. */
export type CrossingTimetable = z.infer<typeof crossingTimetable>;

/**
 * A temporary stop of a crossing set by the station (停航): no boat leaves at or after `from`
 * and before `until` (ISO instants; `until` null while the end is not known).
 */
export type Suspension = z.infer<typeof suspensionRecord>;
