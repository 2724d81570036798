import { wallClockInstant } from './serviceDay.ts';
import type { Suspension } from './timetable.ts';

/** A suspension with its bounds read as epoch ms; `until` is Infinity while open-ended. */
export interface SuspensionSpan {
  suspension: Suspension;
  from: number;
  until: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Epoch ms of an ISO 8601 time; NaN when it is not one. A time without an offset is read on
 * the agency's clock, never the phone's (which `Date.parse` would use), since the station
 * means the river's time when it writes one.
 */
export function instantOf(iso: string, timeZone: string): number {
  const m = ISO.exec(iso.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  if (zone === undefined) {
    return wallClockInstant(`${y}${mo}${d}`, timeZone, Number(h), Number(mi), Number(s), ms);
  }
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return utc - sign * offsetMinutes * 60_000;
}

/**
 * The suspensions of one crossing as spans. One whose `from` is unreadable cannot be placed and
 * is dropped (the server validates them before they reach a device).
 */
export function suspensionSpans(
  crossingId: string,
  suspensions: readonly Suspension[],
  timeZone: string,
): SuspensionSpan[] {
  const spans: SuspensionSpan[] = [];
  for (const suspension of suspensions) {
    if (suspension.crossingId !== crossingId) continue;
    const from = instantOf(suspension.from, timeZone);
    if (Number.isNaN(from)) continue;
    const until =
      suspension.until === null ? Number.POSITIVE_INFINITY : instantOf(suspension.until, timeZone);
    // A stop whose end cannot be read stays in force, as it would until the station lifts it.
    spans.push({ suspension, from, until: Number.isNaN(until) ? Number.POSITIVE_INFINITY : until });
  }
  return spans;
}

/**
 * The suspension that stops a boat leaving at `instant`, or null. Of overlapping ones, the one
 * ending last, as that tells the officer when boats run again. A crossing has a handful of
 * suspensions at most, so a scan is cheaper than any index.
 */
export function suspensionAt(spans: readonly SuspensionSpan[], instant: number): Suspension | null {
  let found: SuspensionSpan | null = null;
  for (const span of spans) {
    if (span.from <= instant && instant < span.until && (!found || span.until > found.until)) {
      found = span;
    }
  }
  return found ? found.suspension : null;
}
