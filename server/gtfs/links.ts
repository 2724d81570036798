/** Checks that tie the files together: ids unique where they are defined, and found where used. */
import type { FeedRecords, GtfsAgency } from './feed.ts';
import type { ProblemLog } from './problems.ts';

/**
 * Logs repeated ids and references to ids that no file defines; references into a file the
 * feed lacks are left alone, for the missing file is reported already.
 */
export function checkLinks(
  feed: FeedRecords,
  has: (file: string) => boolean,
  log: ProblemLog,
): void {
  const refer = (
    file: string,
    line: number,
    field: string,
    value: string | null,
    known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
    target: string,
  ) => {
    if (value && has(target) && !known.has(value)) {
      log.error(file, line, field, `"${value}" is not defined in ${target}`);
    }
  };
  const agencyIds = unique(feed.agencies, 'agency.txt', 'agency_id', (a) => a.id ?? '', log);
  const stops = new Map(feed.stops.map((s) => [s.id, s]));
  unique(feed.stops, 'stops.txt', 'stop_id', (s) => s.id, log);
  const routeIds = unique(feed.routes, 'routes.txt', 'route_id', (r) => r.id, log);
  const tripIds = unique(feed.trips, 'trips.txt', 'trip_id', (t) => t.id, log);
  const calendarIds = unique(feed.calendars, 'calendar.txt', 'service_id', (c) => c.serviceId, log);
  unique(
    feed.calendarDates,
    'calendar_dates.txt',
    'date',
    (d) => (d.serviceId && d.date ? `${d.serviceId} on ${d.date}` : ''),
    log,
    'service and date',
  );
  const serviceIds = new Set([
    ...calendarIds.keys(),
    ...feed.calendarDates.map((d) => d.serviceId),
  ]);

  checkAgencies(feed.agencies, log);
  for (const s of feed.stops) {
    refer('stops.txt', s.line, 'parent_station', s.parentStation, stops, 'stops.txt');
  }
  for (const r of feed.routes) {
    if (r.agencyId === null && feed.agencies.length > 1) {
      log.error(
        'routes.txt',
        r.line,
        'agency_id',
        'the feed has several agencies: say which one runs this route',
      );
    }
    refer('routes.txt', r.line, 'agency_id', r.agencyId, agencyIds, 'agency.txt');
  }
  const calendars = has('calendar.txt') || has('calendar_dates.txt');
  for (const t of feed.trips) {
    refer('trips.txt', t.line, 'route_id', t.routeId, routeIds, 'routes.txt');
    if (t.serviceId && calendars && !serviceIds.has(t.serviceId)) {
      const message = `"${t.serviceId}" is in neither calendar.txt nor calendar_dates.txt`;
      log.error('trips.txt', t.line, 'service_id', message);
    }
  }
  for (const st of feed.stopTimes) {
    refer('stop_times.txt', st.line, 'trip_id', st.tripId, tripIds, 'trips.txt');
    refer('stop_times.txt', st.line, 'stop_id', st.stopId, stops, 'stops.txt');
    const stop = stops.get(st.stopId);
    if (stop && stop.locationType !== 0) {
      const message = `"${st.stopId}" is a location_type ${stop.locationType} stop; trips call only at stops or platforms (location_type 0)`;
      log.error('stop_times.txt', st.line, 'stop_id', message);
    }
  }
  for (const f of feed.frequencies) {
    refer('frequencies.txt', f.line, 'trip_id', f.tripId, tripIds, 'trips.txt');
  }
  for (const info of feed.feedInfos.slice(1)) {
    log.warning('feed_info.txt', info.line, null, 'feed_info.txt has one row; this one is ignored');
  }
}

// All agencies must share one zone, for a service day starts at the same instant for all of them.
function checkAgencies(agencies: GtfsAgency[], log: ProblemLog): void {
  const first = agencies.find((a) => a.timeZone !== '');
  for (const a of agencies) {
    if (agencies.length > 1 && a.id === null) {
      log.error(
        'agency.txt',
        a.line,
        'agency_id',
        'the feed has several agencies: give each an id',
      );
    }
    if (first && a.timeZone !== '' && a.timeZone !== first.timeZone) {
      const message = `"${a.timeZone}" differs from "${first.timeZone}" on line ${first.line}; all agencies in a feed must share one time zone`;
      log.error('agency.txt', a.line, 'agency_timezone', message);
    }
  }
}

function unique<T extends { line: number }>(
  items: readonly T[],
  file: string,
  field: string,
  key: (item: T) => string,
  log: ProblemLog,
  what = field,
): Map<string, T> {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    const earlier = seen.get(k);
    if (earlier) {
      log.error(
        file,
        item.line,
        field,
        `"${k}" is already on line ${earlier.line}; each ${what} must be unique`,
      );
    } else seen.set(k, item);
  }
  return seen;
}
