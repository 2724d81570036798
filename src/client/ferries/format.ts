/**
 * Departure times as officers read them: the station's wall clock (the timetable's zone, not
 * the phone's), with "tomorrow" when a boat leaves on a later date than now.
 */
import { localDate } from '../../shared/ferry/serviceDay.ts';
import { t } from '../i18n/index.ts';

const clocks = new Map<string, Intl.DateTimeFormat>();

/** `HH:MM` at the station for an epoch-ms instant. */
export function formatClock(instant: number, timeZone: string): string {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, format);
  }
  return format.format(instant);
}

/** The time of a boat, prefixed 明天 / Tomorrow when it leaves on the next calendar day. */
export function formatDeparture(instant: number, now: number, timeZone: string): string {
  const clock = formatClock(instant, timeZone);
  const later = localDate(instant, timeZone) > localDate(now, timeZone);
  return later ? t('ferry.tomorrowAt', { time: clock }) : clock;
}
