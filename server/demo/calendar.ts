/**
 * Dates in the station's zone (Asia/Shanghai, UTC+8 all year, no daylight saving), done with
 * plain arithmetic so the output never depends on the server's own time zone.
 */

const ZONE_OFFSET_MS = 8 * 3_600_000;

/** A calendar day in Asia/Shanghai: `month` 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The Shanghai calendar day that contains the instant. */
export function shanghaiDay(instant: Date): CalendarDay {
  const local = new Date(instant.getTime() + ZONE_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The day `days` before `day` (weekday 0 = Sunday), with the instant of its local midnight. */
export function daysBefore(
  day: CalendarDay,
  days: number,
): { midnightMs: number; weekday: number } {
  const utcMidnight = Date.UTC(day.year, day.month - 1, day.day - days);
  return { midnightMs: utcMidnight - ZONE_OFFSET_MS, weekday: new Date(utcMidnight).getUTCDay() };
}

/** A birth date (YYYY-MM-DD) of someone exactly `age` years old on `today`; `offset` is 1–364. */
export function birthDateForAge(today: CalendarDay, age: number, offset: number): string {
  const birth = new Date(Date.UTC(today.year - age, today.month - 1, today.day - offset));
  return `${birth.getUTCFullYear()}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`;
}

/** An instant as ISO 8601 in Shanghai time, e.g. `2026-11-03T10:15:00+08:00`. */
export function shanghaiIso(ms: number): string {
  const t = new Date(ms + ZONE_OFFSET_MS);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return `${date}T${time}+08:00`;
}
