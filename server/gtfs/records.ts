/**
 * One typed record per GTFS row, with every field checked as the reference defines it. A bad
 * value is logged and replaced by an empty id, NaN or a harmless default so the rest of the row
 * and the feed can still be checked; a feed with any error is never handed on, so those
 * stand-ins never leave the checker.
 */
import type {
  GtfsAgency,
  GtfsCalendar,
  GtfsCalendarDate,
  GtfsFeedInfo,
  GtfsFrequency,
  GtfsRoute,
  GtfsStop,
  GtfsStopTime,
  GtfsTrip,
} from './feed.ts';
import type { FieldReader } from './fields.ts';
import { formatTime } from './time.ts';

const isBit = (n: number): n is 0 | 1 => n === 0 || n === 1;
const isExceptionType = (n: number): n is 1 | 2 => n === 1 || n === 2;
const isLocationType = (n: number): n is number => Number.isInteger(n) && n >= 0 && n <= 4;
const BASIC_ROUTE_TYPES = new Set([0, 1, 2, 3, 4, 5, 6, 7, 11, 12]);
const isRouteType = (n: number): n is number => BASIC_ROUTE_TYPES.has(n) || (n >= 100 && n <= 1799);

/** The weekday columns of `calendar.txt`, Monday first. */
export const WEEKDAY_COLUMNS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** The columns each file must have. */
export const REQUIRED_COLUMNS = {
  'agency.txt': ['agency_name', 'agency_url', 'agency_timezone'],
  'stops.txt': ['stop_id'],
  'routes.txt': ['route_id', 'route_type'],
  'trips.txt': ['route_id', 'service_id', 'trip_id'],
  'stop_times.txt': ['trip_id', 'stop_id', 'stop_sequence', 'arrival_time', 'departure_time'],
  'calendar.txt': ['service_id', ...WEEKDAY_COLUMNS, 'start_date', 'end_date'],
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'frequencies.txt': ['trip_id', 'start_time', 'end_time', 'headway_secs'],
  'feed_info.txt': ['feed_publisher_name', 'feed_publisher_url', 'feed_lang'],
} as const;

/** A row of `agency.txt`. */
export function readAgency(r: FieldReader): GtfsAgency {
  return {
    line: r.line,
    id: r.text('agency_id'),
    name: r.text('agency_name', 'required') ?? '',
    url: r.url('agency_url', 'required') ?? '',
    timeZone: r.timeZone('agency_timezone', 'required') ?? '',
    lang: r.language('agency_lang'),
  };
}

/** A row of `stops.txt`; landings, stations and entrances need a name and a position. */
export function readStop(r: FieldReader): GtfsStop {
  const id = r.text('stop_id', 'required') ?? '';
  const locationType = r.choice('location_type', isLocationType, 'a location_type (0 to 4)') ?? 0;
  const placed = locationType <= 2 ? 'required' : 'optional';
  const stop = {
    line: r.line,
    id,
    name: r.text('stop_name', placed),
    lat: r.decimal('stop_lat', -90, 90, placed),
    lon: r.decimal('stop_lon', -180, 180, placed),
    locationType,
    parentStation: r.text('parent_station'),
  };
  if (locationType >= 2 && stop.parentStation === null) {
    r.error('parent_station', `a stop of location_type ${locationType} needs its parent station`);
  }
  if (locationType === 1 && stop.parentStation !== null) {
    r.error('parent_station', 'a station (location_type 1) cannot have a parent station');
  }
  return stop;
}

/** A row of `routes.txt`. */
export function readRoute(r: FieldReader): GtfsRoute {
  const route = {
    line: r.line,
    id: r.text('route_id', 'required') ?? '',
    agencyId: r.text('agency_id'),
    shortName: r.text('route_short_name'),
    longName: r.text('route_long_name'),
    type:
      r.choice(
        'route_type',
        isRouteType,
        'a route_type (0 to 7, 11, 12, or an extended type 100 to 1799)',
        'required',
      ) ?? Number.NaN,
  };
  if (route.shortName === null && route.longName === null) {
    r.error('route_long_name', 'a route needs a route_short_name or a route_long_name');
  }
  return route;
}

/** A row of `trips.txt`. */
export function readTrip(r: FieldReader): GtfsTrip {
  return {
    line: r.line,
    id: r.text('trip_id', 'required') ?? '',
    routeId: r.text('route_id', 'required') ?? '',
    serviceId: r.text('service_id', 'required') ?? '',
    headsign: r.text('trip_headsign'),
    directionId: r.choice('direction_id', isBit, 'a direction_id (0 or 1)'),
  };
}

/** A row of `stop_times.txt`. */
export function readStopTime(r: FieldReader): GtfsStopTime {
  return {
    line: r.line,
    tripId: r.text('trip_id', 'required') ?? '',
    stopId: r.text('stop_id', 'required') ?? '',
    sequence: r.int('stop_sequence', 0, 'required') ?? Number.NaN,
    arrival: r.time('arrival_time'),
    departure: r.time('departure_time'),
  };
}

/** A row of `calendar.txt`. */
export function readCalendar(r: FieldReader): GtfsCalendar {
  const days = WEEKDAY_COLUMNS.map((day) => r.choice(day, isBit, '0 or 1', 'required'));
  const calendar = {
    line: r.line,
    serviceId: r.text('service_id', 'required') ?? '',
    weekdays: days.map((d) => (d === 1 ? '1' : '0')).join(''),
    start: r.date('start_date', 'required') ?? '',
    end: r.date('end_date', 'required') ?? '',
  };
  if (calendar.start && calendar.end && calendar.end < calendar.start) {
    r.error('end_date', `${calendar.end} is before start_date ${calendar.start}`);
  }
  return calendar;
}

/** A row of `calendar_dates.txt`. */
export function readCalendarDate(r: FieldReader): GtfsCalendarDate {
  return {
    line: r.line,
    serviceId: r.text('service_id', 'required') ?? '',
    date: r.date('date', 'required') ?? '',
    exceptionType:
      r.choice('exception_type', isExceptionType, 'an exception_type (1 or 2)', 'required') ?? 1,
  };
}

/** A row of `frequencies.txt`. */
export function readFrequency(r: FieldReader): GtfsFrequency {
  const frequency = {
    line: r.line,
    tripId: r.text('trip_id', 'required') ?? '',
    start: r.time('start_time', 'required') ?? Number.NaN,
    end: r.time('end_time', 'required') ?? Number.NaN,
    headway: r.int('headway_secs', 1, 'required') ?? Number.NaN,
    exact: r.choice('exact_times', isBit, 'an exact_times (0 or 1)') === 1,
  };
  if (frequency.end <= frequency.start) {
    const [start, end] = [formatTime(frequency.start), formatTime(frequency.end)];
    r.error('end_time', `${end} is not after start_time ${start}`);
  }
  return frequency;
}

/** A row of `feed_info.txt`. */
export function readFeedInfo(r: FieldReader): GtfsFeedInfo {
  const info = {
    line: r.line,
    publisherName: r.text('feed_publisher_name', 'required') ?? '',
    publisherUrl: r.url('feed_publisher_url', 'required') ?? '',
    lang: r.language('feed_lang', 'required') ?? '',
    version: r.text('feed_version'),
    start: r.date('feed_start_date'),
    end: r.date('feed_end_date'),
  };
  if (info.start && info.end && info.end < info.start) {
    r.error('feed_end_date', `${info.end} is before feed_start_date ${info.start}`);
  }
  return info;
}
