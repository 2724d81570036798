/**
 * Departure times as officers read them: the station's wall clock (the timetable's zone, not
 * the phone's), with "tomorrow" when a boat leaves on a later date than now.
 */
import { localClock, localDate } from '../../shared/ferry/serviceDay.ts';
import { t } from '../i18n/index.ts';

/** The time of a boat, prefixed 明天 / Tomorrow when it leaves on the next calendar day. */
export function formatDeparture(instant: number, now: number, timeZone: string): string {
  const clock = localClock(instant, timeZone);
  const later = localDate(instant, timeZone) > localDate(now, timeZone);
  return later ? t('ferry.tomorrowAt', { time: clock }) : clock;
}
