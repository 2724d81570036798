/**
 * GTFS times and dates. A time is `H:MM:SS` or `HH:MM:SS` after the start of the service day
 * and may pass 24:00:00 for trips that run past midnight; a date is `YYYYMMDD`.
 */
import type { ServiceSeconds } from '../../src/shared/ferry/timetable.ts';

const TIME = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** `25:10:00` → 90,600; null when the text is not a GTFS time. */
export function parseTime(text: string): ServiceSeconds | null {
  const m = TIME.exec(text);
  if (!m) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** 90,600 → `25:10:00`. */
export function formatTime(seconds: ServiceSeconds): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** Whether the text is a `YYYYMMDD` date that exists on the calendar. */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The `YYYYMMDD` date of a UTC midnight. */
export function formatDate(utcMidnight: Date): string {
  const y = String(utcMidnight.getUTCFullYear()).padStart(4, '0');
  const m = String(utcMidnight.getUTCMonth() + 1).padStart(2, '0');
  const d = String(utcMidnight.getUTCDate()).padStart(2, '0');
  return `${y}${m}${d}`;
}
