/**
 * When boats leave: a crossing's timetable turned into departures at real instants, and the
 * board an officer reads at a landing (the next boats from each end, the last of the day).
 * Pure: the caller passes `now`, so the page, the worker and tests share one clock rule.
 */
import { collectServiceDay, type Departure, type Schedule, scheduleOf } from './schedule.ts';
import { addDays, localDate, serviceDayStart } from './serviceDay.ts';
import { type SuspensionSpan, suspensionAt, suspensionSpans } from './suspensions.ts';
import type { CrossingTimetable, Suspension } from './timetable.ts';

// Made by schedule.ts, which must not import this file back; the boards' callers name it here.
export type { Departure };

/** A crossing as the runtime needs it: its id (for suspensions) and its timetable. */
export interface TimetabledCrossing {
  id: string;
  timetable: CrossingTimetable;
}

/** What a landing's board shows; index 0 and 1 are the crossing's two ends. */
export interface CrossingBoard {
  /** Per end, boats from now on until `count` that run, with the stopped ones among them. */
  next: [Departure[], Departure[]];
  /** Per end, the last running boat of the service day of the next running one. */
  last: [Departure | null, Departure | null];
  /** Suspensions of this crossing in force now, starting later today, or stopping a boat in `next`. */
  suspensions: Suspension[];
}

/** How far ahead a board looks: a night and the following day's boats. */
const LOOK_AHEAD_MS = 36 * 3_600_000;

const byTime = (a: Departure, b: Departure) => a.departs - b.departs || a.from - b.from;

function between(
  crossing: TimetabledCrossing,
  schedule: Schedule,
  fromMs: number,
  toMs: number,
  spans: readonly SuspensionSpan[],
): Departure[] {
  const { timeZone, latest } = schedule;
  // A service day can reach `latest` seconds past its start, so earlier days may still have
  // boats in the window; a day starting after it has none. Two hours cover daylight saving.
  const first = addDays(localDate(fromMs, timeZone), -Math.ceil((latest + 7200) / 86_400));
  const last = addDays(localDate(toMs, timeZone), 1);
  const found: Departure[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const dayStart = serviceDayStart(date, timeZone);
    if (dayStart >= toMs) break;
    if (dayStart + latest * 1000 < fromMs) continue;
    collectServiceDay(crossing.id, schedule, date, fromMs, toMs, found);
  }
  if (spans.length > 0) for (const d of found) d.suspension = suspensionAt(spans, d.departs);
  return found.sort(byTime);
}

/**
 * Every departure of the crossing leaving in [fromMs, toMs), both ends, ascending by time
 * then end; stopped ones are included, flagged with their suspension.
 */
export function departuresBetween(
  crossing: TimetabledCrossing,
  fromMs: number,
  toMs: number,
  suspensions: readonly Suspension[],
): Departure[] {
  const { timeZone } = crossing.timetable;
  const spans = suspensionSpans(crossing.id, suspensions, timeZone);
  return between(crossing, scheduleOf(crossing.timetable), fromMs, toMs, spans);
}

/** The last running boat from `end` among `day`, a service day's boats from now on. */
function lastRunning(
  day: readonly Departure[],
  end: 0 | 1,
  spans: readonly SuspensionSpan[],
): Departure | null {
  let last: Departure | null = null;
  for (const d of day) {
    if (d.from !== end || (last !== null && d.departs <= last.departs)) continue;
    if (suspensionAt(spans, d.departs) === null) last = d;
  }
  return last;
}

/**
 * The board of a crossing at `now`. `next[e]` holds boats from end e until `count` (default 3)
 * that run, stopped ones among them flagged, so the officer always sees real boats if any leave
 * within 36 h. `last[e]` belongs to the service day of the next running boat: at 00:30, with a
 * 24:40 boat still to come, it is yesterday's final boat; after the night's last, tomorrow's.
 */
export function crossingBoard(
  crossing: TimetabledCrossing,
  now: number,
  options: { count?: number; suspensions?: readonly Suspension[] } = {},
): CrossingBoard {
  const count = options.count ?? 3;
  const schedule = scheduleOf(crossing.timetable);
  const { timeZone } = schedule;
  const spans = suspensionSpans(crossing.id, options.suspensions ?? [], timeZone);
  const next: [Departure[], Departure[]] = [[], []];
  const running: [number, number] = [0, 0];
  const firstRunning: [Departure | null, Departure | null] = [null, null];
  for (const d of between(crossing, schedule, now, now + LOOK_AHEAD_MS, spans)) {
    if (d.suspension === null) firstRunning[d.from] ??= d;
    if (running[d.from] >= count) continue;
    next[d.from].push(d);
    if (d.suspension === null) running[d.from]++;
  }
  // Both ends mostly share a service day: its boats from now on are collected once.
  const days = new Map<string, Departure[]>();
  const dayFrom = (date: string) => {
    let day = days.get(date);
    if (!day) {
      day = [];
      collectServiceDay(crossing.id, schedule, date, now, Number.POSITIVE_INFINITY, day);
      days.set(date, day);
    }
    return day;
  };
  const lastFrom = (end: 0 | 1) => {
    const first = firstRunning[end];
    return first && lastRunning(dayFrom(first.serviceDate), end, spans);
  };
  // Today's stops not yet over, and the reason for every boat shown struck through.
  const endOfToday = serviceDayStart(addDays(localDate(now, timeZone), 1), timeZone);
  const listed = new Set(next.flat().map((d) => d.suspension));
  const suspensions = spans
    .filter((s) => (now < s.until && s.from < endOfToday) || listed.has(s.suspension))
    .sort((a, b) => a.from - b.from)
    .map((s) => s.suspension);
  return { next, last: [lastFrom(0), lastFrom(1)], suspensions };
}

/** Whole minutes until `departure` leaves, rounded down (0 in its last minute, < 0 once gone). */
export function minutesUntil(departure: Departure, now: number): number {
  return Math.floor((departure.departs - now) / 60_000);
}

/** True when the last boat from `end` leaves within `thresholdMinutes`: time to head back. */
export function isLastSoon(
  board: CrossingBoard,
  end: 0 | 1,
  now: number,
  thresholdMinutes = 60,
): boolean {
  const last = board.last[end];
  return last !== null && last.departs - now <= thresholdMinutes * 60_000;
}
