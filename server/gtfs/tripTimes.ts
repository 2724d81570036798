/**
 * Checks along each trip: stop_sequence unique, times at the first and last stop, arrival no
 * later than departure, and time never running backwards; frequencies of a trip not overlapping.
 */
import type { GtfsFrequency, GtfsStopTime, GtfsTrip } from './feed.ts';
import { groupBy } from './group.ts';
import type { ProblemLog } from './problems.ts';
import { formatTime } from './time.ts';

const FILE = 'stop_times.txt';

/** The stop times of each trip in stop_sequence order. */
export function stopTimesByTrip(stopTimes: readonly GtfsStopTime[]): Map<string, GtfsStopTime[]> {
  const byTrip = groupBy(stopTimes, (st) => st.tripId);
  for (const list of byTrip.values()) list.sort((a, b) => a.sequence - b.sequence);
  return byTrip;
}

/** Logs trips that go nowhere and stop times out of order. */
export function checkTripTimes(
  trips: readonly GtfsTrip[],
  stopTimes: readonly GtfsStopTime[],
  frequencies: readonly GtfsFrequency[],
  log: ProblemLog,
): void {
  const byTrip = stopTimesByTrip(stopTimes);
  const seen = new Set<string>(['']);
  for (const trip of trips) {
    if (seen.has(trip.id)) continue;
    seen.add(trip.id);
    const calls = byTrip.get(trip.id) ?? [];
    if (calls.length < 2) {
      const count = calls.length === 0 ? 'no stop times' : 'only one stop time';
      log.warning(
        'trips.txt',
        trip.line,
        'trip_id',
        `trip "${trip.id}" has ${count}, so it goes nowhere`,
      );
    }
    // A trip with a bad row already has its error; checking its order would only repeat it.
    if (calls.some((st) => log.isBad(FILE, st.line) || Number.isNaN(st.sequence))) continue;
    checkCalls(trip.id, calls, log);
  }
  checkOverlaps(frequencies, log);
}

function checkCalls(tripId: string, calls: readonly GtfsStopTime[], log: ProblemLog): void {
  let previous: GtfsStopTime | null = null;
  let latest: { time: number; line: number } | null = null;
  calls.forEach((st, k) => {
    if (previous && previous.sequence === st.sequence) {
      const message = `${st.sequence} is used twice in trip "${tripId}" (also line ${previous.line})`;
      log.error(FILE, st.line, 'stop_sequence', message);
    }
    previous = st;
    const { arrival, departure } = st;
    if ((arrival === null) !== (departure === null)) {
      const [has, lacks] = arrival === null ? ['departure', 'arrival'] : ['arrival', 'departure'];
      const message = `has ${has}_time but no ${lacks}_time; give both (the same time if the boat does not wait)`;
      log.error(FILE, st.line, `${lacks}_time`, message);
      return;
    }
    if (arrival === null || departure === null) {
      if (k === 0 || k === calls.length - 1) {
        const end = k === 0 ? 'first' : 'last';
        const message = `the ${end} stop of trip "${tripId}" needs an arrival_time and a departure_time`;
        log.error(FILE, st.line, 'arrival_time', message);
      }
      return;
    }
    if (departure < arrival) {
      const message = `${formatTime(departure)} is before arrival_time ${formatTime(arrival)}`;
      log.error(FILE, st.line, 'departure_time', message);
    }
    if (latest && arrival < latest.time) {
      const message = `${formatTime(arrival)} is before ${formatTime(latest.time)} at the previous stop (line ${latest.line}) of trip "${tripId}"`;
      log.error(FILE, st.line, 'arrival_time', message);
    }
    latest = { time: Math.max(departure, latest?.time ?? 0), line: st.line };
  });
}

function checkOverlaps(frequencies: readonly GtfsFrequency[], log: ProblemLog): void {
  const usable = frequencies.filter(
    (f) => f.tripId !== '' && !log.isBad('frequencies.txt', f.line),
  );
  const byTrip = groupBy(usable, (f) => f.tripId);
  for (const [tripId, list] of byTrip) {
    list.sort((a, b) => a.start - b.start);
    list.forEach((f, k) => {
      const before = list[k - 1];
      if (before && f.start < before.end) {
        const message = `${formatTime(f.start)} is before the end (${formatTime(before.end)}) of trip "${tripId}"'s frequency on line ${before.line}; frequencies of a trip must not overlap`;
        log.error('frequencies.txt', f.line, 'start_time', message);
      }
    });
  }
}
