/**
 * From a checked GTFS feed to one timetable per ferry crossing (src/shared/ferry/timetable.ts).
 * Each ferry route is a crossing; each of its trips goes from one landing to the other. Trips
 * are gathered into runs by service, direction and time across, keeping fixed departures as
 * times and `frequencies.txt` trips as headway runs, so a device can list a day's boats
 * without the feed.
 */
import type {
  CrossingTimetable,
  DepartureRun,
  FrequencyRun,
} from '../../src/shared/ferry/timetable.ts';
import type { GtfsFeed, GtfsFrequency, GtfsRoute, GtfsStopTime, GtfsTrip } from './feed.ts';
import { byCodeUnit, groupBy } from './group.ts';
import { type FeedProblem, ProblemLog } from './problems.ts';
import { serviceCalendars } from './services.ts';
import { stopTimesByTrip } from './tripTimes.ts';

/** A landing (GTFS stop) at one end of a crossing. */
export interface GtfsLanding {
  id: string;
  /** Its line in stops.txt, for problems found later (e.g. a landing off every bank). */
  line: number;
  name: string;
  lat: number;
  lon: number;
}

/** One ferry route of the feed, ready to be matched to a crossing and synced to devices. */
export interface CompiledCrossing {
  routeId: string;
  /** Its line in routes.txt. */
  line: number;
  /** `route_long_name`, else `route_short_name`. */
  name: string;
  /** `stops[0]` is where the route's first trip (by trip_id) leaves from; runs' `from` counts from it. */
  stops: [GtfsLanding, GtfsLanding];
  /** The median time across, in whole minutes. */
  typicalMinutes: number;
  timetable: CrossingTimetable;
}

/** `route_type` 4 (ferry) or the extended type 1200 (ferry service). */
const FERRY_ROUTE_TYPES = new Set([4, 1200]);

interface Leg {
  trip: GtfsTrip;
  from: 0 | 1;
  departure: number;
  duration: number;
}

/** Compiles every ferry route; other routes and trips that are not one crossing are reported. */
export function compileCrossings(feed: GtfsFeed): {
  crossings: CompiledCrossing[];
  problems: FeedProblem[];
} {
  const log = new ProblemLog();
  const calls = stopTimesByTrip(feed.stopTimes);
  const services = serviceCalendars(feed);
  const tripsOf = groupBy(
    [...feed.trips].sort((a, b) => byCodeUnit(a.id, b.id)),
    (t) => t.routeId,
  );
  const crossings: CompiledCrossing[] = [];
  for (const route of feed.routes) {
    if (!FERRY_ROUTE_TYPES.has(route.type)) {
      const message = `route "${route.id}" is route_type ${route.type}, not a ferry (4 or 1200), so it is left out`;
      log.warning('routes.txt', route.line, 'route_type', message);
      continue;
    }
    const legs = crossingLegs(route, tripsOf.get(route.id) ?? [], calls, log);
    const [a, b] = legs.ends.map((id) => landing(feed, id));
    if (legs.list.length === 0 || !a || !b) {
      const message = `route "${route.id}" has no trip between two landings, so it is left out`;
      log.warning('routes.txt', route.line, 'route_id', message);
      continue;
    }
    const used = [...new Set(legs.list.map((l) => l.trip.serviceId))].sort();
    crossings.push({
      routeId: route.id,
      line: route.line,
      name: route.longName ?? route.shortName ?? route.id,
      stops: [a, b],
      typicalMinutes: Math.round(median(legs.list.map((l) => l.duration)) / 60),
      timetable: {
        timeZone: feed.timeZone,
        services: used.flatMap((id) => services.get(id) ?? []),
        runs: departureRuns(legs.list, feed.frequencies),
      },
    });
  }
  return { crossings, problems: log.sorted() };
}

// The route's trips that go from one of its two landings to the other; the first trip sets them.
function crossingLegs(
  route: GtfsRoute,
  trips: readonly GtfsTrip[],
  calls: ReadonlyMap<string, GtfsStopTime[]>,
  log: ProblemLog,
): { ends: string[]; list: Leg[] } {
  let ends: string[] = [];
  const list: Leg[] = [];
  for (const trip of trips) {
    const stops = calls.get(trip.id) ?? [];
    const [first, last] = stops;
    const names = stops.map((st) => `"${st.stopId}"`).join(', ');
    if (stops.length !== 2 || !first || !last || first.stopId === last.stopId) {
      const message = `trip "${trip.id}" calls at ${stops.length} stops (${names}); a crossing trip goes between exactly two landings, so it is left out`;
      log.error('trips.txt', trip.line, 'trip_id', message);
      continue;
    }
    if (ends.length === 0) ends = [first.stopId, last.stopId];
    const from = first.stopId === ends[0] ? 0 : 1;
    const departure = first.departure ?? first.arrival;
    const arrival = last.arrival ?? last.departure;
    if (first.stopId !== ends[from] || last.stopId !== ends[1 - from]) {
      const message = `trip "${trip.id}" goes between ${names}, but route "${route.id}" runs between "${ends[0]}" and "${ends[1]}", so it is left out`;
      log.error('trips.txt', trip.line, 'trip_id', message);
    } else if (departure !== null && arrival !== null) {
      list.push({ trip, from, departure, duration: arrival - departure });
    }
  }
  return { ends, list };
}

function landing(feed: GtfsFeed, id: string | undefined): GtfsLanding | null {
  const stop = feed.stops.find((s) => s.id === id);
  if (!stop || stop.lat === null || stop.lon === null) return null;
  return { id: stop.id, line: stop.line, name: stop.name ?? stop.id, lat: stop.lat, lon: stop.lon };
}

// One run per service, direction and time across: fixed departures as times, frequencies as runs.
function departureRuns(
  legs: readonly Leg[],
  frequencies: readonly GtfsFrequency[],
): DepartureRun[] {
  const repeatsOf = groupBy(frequencies, (f) => f.tripId);
  const runs = new Map<string, DepartureRun>();
  for (const { trip, from, departure, duration } of legs) {
    const key = JSON.stringify([trip.serviceId, from, duration]);
    let run = runs.get(key);
    if (!run) {
      run = { serviceId: trip.serviceId, from, duration, times: [], frequencies: [] };
      runs.set(key, run);
    }
    const repeats = repeatsOf.get(trip.id) ?? [];
    if (repeats.length === 0) run.times.push(departure);
    for (const f of repeats) {
      run.frequencies.push({ start: f.start, end: f.end, headway: f.headway, exact: f.exact });
    }
  }
  return [...runs.values()]
    .map((run) => ({
      ...run,
      times: [...new Set(run.times)].sort((a, b) => a - b),
      frequencies: distinctRuns(run.frequencies),
    }))
    .sort(
      (a, b) => byCodeUnit(a.serviceId, b.serviceId) || a.from - b.from || a.duration - b.duration,
    );
}

function distinctRuns(runs: readonly FrequencyRun[]): FrequencyRun[] {
  const byKey = new Map(runs.map((r) => [JSON.stringify([r.start, r.end, r.headway, r.exact]), r]));
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
