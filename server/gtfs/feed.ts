/**
 * A GTFS feed (https://gtfs.org/schedule/reference/) as the checker hands it on: one typed
 * record per row of the files a ferry timetable needs, each with the line it came from so a
 * later step can still point at the source. Only rows and fields FerryBeat reads are kept.
 */
import type { ServiceSeconds } from '../../src/shared/ferry/timetable.ts';

/** A feed's files by name (`stops.txt`) with their UTF-8 text. */
export type FeedFiles = Map<string, string>;

/** The files FerryBeat reads, in the order problems are reported; others are ignored. */
export const FEED_FILE_NAMES = [
  'agency.txt',
  'stops.txt',
  'routes.txt',
  'trips.txt',
  'stop_times.txt',
  'calendar.txt',
  'calendar_dates.txt',
  'frequencies.txt',
  'feed_info.txt',
] as const;

/** One of `FEED_FILE_NAMES`. */
export type FeedFileName = (typeof FEED_FILE_NAMES)[number];

/** `agency.txt`: who runs the boats. */
export interface GtfsAgency {
  line: number;
  id: string | null;
  name: string;
  url: string;
  timeZone: string;
  lang: string | null;
}

/** `stops.txt`: a landing (location_type 0) or a station, entrance, node or boarding area. */
export interface GtfsStop {
  line: number;
  id: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  locationType: number;
  parentStation: string | null;
}

/** `routes.txt`: a line; for FerryBeat one ferry crossing. */
export interface GtfsRoute {
  line: number;
  id: string;
  agencyId: string | null;
  shortName: string | null;
  longName: string | null;
  type: number;
}

/** `trips.txt`: one boat run on the days of one service. */
export interface GtfsTrip {
  line: number;
  id: string;
  routeId: string;
  serviceId: string;
  headsign: string | null;
  directionId: 0 | 1 | null;
}

/** `stop_times.txt`: a trip calling at a stop; times may be empty between timed stops. */
export interface GtfsStopTime {
  line: number;
  tripId: string;
  stopId: string;
  sequence: number;
  arrival: ServiceSeconds | null;
  departure: ServiceSeconds | null;
}

/** `calendar.txt`: a weekly pattern between two dates. */
export interface GtfsCalendar {
  line: number;
  serviceId: string;
  /** Monday first, `1` on days the service runs. */
  weekdays: string;
  start: string;
  end: string;
}

/** `calendar_dates.txt`: a date added (1) to or removed (2) from a service. */
export interface GtfsCalendarDate {
  line: number;
  serviceId: string;
  date: string;
  exceptionType: 1 | 2;
}

/** `frequencies.txt`: a trip repeated every `headway` seconds from `start` until before `end`. */
export interface GtfsFrequency {
  line: number;
  tripId: string;
  start: ServiceSeconds;
  end: ServiceSeconds;
  headway: number;
  exact: boolean;
}

/** `feed_info.txt`: who publishes the feed and which version it is. */
export interface GtfsFeedInfo {
  line: number;
  publisherName: string;
  publisherUrl: string;
  lang: string;
  version: string | null;
  start: string | null;
  end: string | null;
}

/** Every record of a feed as read, valid or not. */
export interface FeedRecords {
  agencies: GtfsAgency[];
  stops: GtfsStop[];
  routes: GtfsRoute[];
  trips: GtfsTrip[];
  stopTimes: GtfsStopTime[];
  calendars: GtfsCalendar[];
  calendarDates: GtfsCalendarDate[];
  frequencies: GtfsFrequency[];
  feedInfos: GtfsFeedInfo[];
}

/** A feed that passed `checkFeed` without errors. */
export interface GtfsFeed extends Omit<FeedRecords, 'feedInfos'> {
  /** The zone every agency shares (`agency_timezone`). */
  timeZone: string;
  feedInfo: GtfsFeedInfo | null;
}
