/**
 * Dates and service days in the agency's zone. Dates are GTFS `YYYYMMDD` strings; instants are
 * epoch milliseconds. Nothing here reads the phone's zone: only Date's UTC methods and
 * Intl.DateTimeFormat with an explicit `timeZone`, so an officer whose phone is set to another
 * zone still sees the boats of the river's clock.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Days since 1970-01-01 of a `YYYYMMDD` date; throws on anything else. */
function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Expected a YYYYMMDD date, got "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The `YYYYMMDD` date `day` days after 1970-01-01. */
function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  const yyyy = String(d.getUTCFullYear()).padStart(4, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${yyyy}${mm}${dd}`;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Day of the week of `date`, Monday 0 to Sunday 6, as GTFS's `calendar.txt` columns run. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** Wall-clock fields of an instant in some zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// One formatter per zone: building one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  // Some engines print midnight as 24 even with h23:
  // https://bugs.chromium.org/p/chromium/issues/detail?id=1045791
  if (clock.hour === 24) clock.hour = 0;
  return clock;
}

/** The `YYYYMMDD` date it is in `timeZone` at `instant` (epoch ms). */
export function localDate(instant: number, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** The `HH:MM` the clocks of `timeZone` show at `instant` (epoch ms). */
export function localClock(instant: number, timeZone: string): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in ms. */
export function zoneOffset(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant the wall clocks of `timeZone` show `hour:minute:second` (plus `ms`) on `date`.
 * Read like Temporal's `compatible`: a time shown twice (clocks going back) is the earlier one;
 * a time never shown (clocks jumping forward) is taken as if they had not jumped yet.
 */
export function wallClockInstant(
  date: string,
  timeZone: string,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const wall = dayNumber(date) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  // Zones change their offset at most once a day, so the offsets a day either side are the two
  // candidates; a candidate is right when the zone really has that offset at its instant.
  const before = zoneOffset(wall - DAY_MS, timeZone);
  const early = wall - before;
  if (zoneOffset(early, timeZone) === before) return early;
  const after = zoneOffset(wall + DAY_MS, timeZone);
  const late = wall - after;
  return zoneOffset(late, timeZone) === after ? late : early;
}

// serviceDayStart runs for a few dates per board per minute; the answers never change.
const starts = new Map<string, number>();
const STARTS_KEPT = 4096;

/**
 * Epoch ms when `date`'s service day starts in `timeZone`: local noon minus 12 hours (GTFS),
 * which is midnight except on daylight-saving change dates, where it is 23:00 or 01:00.
 */
export function serviceDayStart(date: string, timeZone: string): number {
  const key = `${timeZone} ${date}`;
  let start = starts.get(key);
  if (start === undefined) {
    start = wallClockInstant(date, timeZone, 12) - 12 * HOUR_MS;
    if (starts.size >= STARTS_KEPT) starts.clear();
    starts.set(key, start);
  }
  return start;
}
