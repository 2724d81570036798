import { weekday } from './serviceDay.ts';
import type { ServiceCalendar } from './timetable.ts';

/**
 * True when `service` runs on the service day `date` (`YYYYMMDD`): a removed date never runs
 * (a holiday off), an added one always does (a holiday timetable), else its weekdays between
 * `start` and `end` count.
 */
export function runsOn(service: ServiceCalendar, date: string): boolean {
  if (service.removed.includes(date)) return false;
  if (service.added.includes(date)) return true;
  if (service.start === null || service.end === null) return false;
  // YYYYMMDD strings compare in date order.
  if (date < service.start || date > service.end) return false;
  return service.weekdays[weekday(date)] === '1';
}
