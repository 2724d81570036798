import { firstAtOrAfter } from '../search.ts';
import { runsOn } from './calendar.ts';
import { serviceDayStart } from './serviceDay.ts';
import type { CrossingTimetable, DepartureRun, ServiceCalendar, Suspension } from './timetable.ts';

/** One boat leaving one end of a crossing. */
export interface Departure {
  crossingId: string;
  /** The end it leaves from; it lands at the other. */
  from: 0 | 1;
  /** Epoch ms. */
  departs: number;
  /** Epoch ms. */
  arrives: number;
  /** The service day (`YYYYMMDD`) it belongs to: a 25:10 boat belongs to the day before. */
  serviceDate: string;
  /** False for headway runs with `exact_times=0`: boats leave about that often, not then. */
  exact: boolean;
  /** The suspension stopping it (from ≤ departs < until), or null when it runs. */
  suspension: Suspension | null;
}

/** A timetable arranged for lookups, built once per timetable object. */
export interface Schedule {
  timeZone: string;
  /** Each service with the runs that belong to it; services without runs are left out. */
  services: readonly { calendar: ServiceCalendar; runs: readonly DepartureRun[] }[];
  /** The latest ServiceSeconds any boat leaves at, which bounds how long a service day lasts. */
  latest: number;
}

// Boards are recomputed every minute from the same timetable objects; arranging one is cheap,
// but not doing it at all is cheaper.
const schedules = new WeakMap<CrossingTimetable, Schedule>();

/** The lookup form of `timetable`, from cache when this object was seen before. */
export function scheduleOf(timetable: CrossingTimetable): Schedule {
  let schedule = schedules.get(timetable);
  if (!schedule) {
    schedule = arrange(timetable);
    schedules.set(timetable, schedule);
  }
  return schedule;
}

function arrange(timetable: CrossingTimetable): Schedule {
  const runs = new Map<string, DepartureRun[]>();
  let latest = 0;
  for (const run of timetable.runs) {
    const list = runs.get(run.serviceId);
    if (list) list.push(run);
    else runs.set(run.serviceId, [run]);
    latest = Math.max(latest, run.times.at(-1) ?? 0, ...run.frequencies.map((f) => f.end));
  }
  const services = timetable.services.flatMap((calendar) => {
    const own = runs.get(calendar.id);
    return own ? [{ calendar, runs: own }] : [];
  });
  return { timeZone: timetable.timeZone, services, latest };
}

/**
 * Appends to `out` the departures of crossing `crossingId` on service day `date` leaving in
 * [fromMs, toMs), run by run (so not in time order), with no suspension looked at yet.
 * Headway runs leave at start, start + headway, … while before end.
 */
export function collectServiceDay(
  crossingId: string,
  schedule: Schedule,
  date: string,
  fromMs: number,
  toMs: number,
  out: Departure[],
): void {
  const dayStart = serviceDayStart(date, schedule.timeZone);
  // ServiceSeconds from which a departure is in the window; before it, none need looking at.
  const earliest = (fromMs - dayStart) / 1000;
  for (const { calendar, runs } of schedule.services) {
    if (!runsOn(calendar, date)) continue;
    for (const run of runs) {
      const push = (seconds: number, exact: boolean) => {
        const departs = dayStart + seconds * 1000;
        const arrives = departs + run.duration * 1000;
        out.push({
          crossingId,
          from: run.from,
          departs,
          arrives,
          serviceDate: date,
          exact,
          suspension: null,
        });
      };
      for (let i = firstAtOrAfter(run.times, earliest); i < run.times.length; i++) {
        const seconds = run.times[i] as number;
        if (dayStart + seconds * 1000 >= toMs) break;
        push(seconds, true);
      }
      for (const f of run.frequencies) {
        if (f.end <= f.start) continue;
        // A non-positive headway would never advance; read it as a single boat at `start`.
        const step = f.headway > 0 ? f.headway : f.end - f.start;
        const skipped = Math.max(0, Math.ceil((earliest - f.start) / step));
        for (let s = f.start + skipped * step; s < f.end && dayStart + s * 1000 < toMs; s += step) {
          push(s, f.exact);
        }
      }
    }
  }
}
