/**
 * The station's calendar. A plan's day, "visited today" and "visited this month" are the
 * station's (Asia/Shanghai), whatever zone the phone is set to.
 */
import { localDate, wallClockInstant } from './ferry/serviceDay.ts';

/** The station's zone. */
export const STATION_TIME_ZONE = 'Asia/Shanghai';

/** The station date (`YYYYMMDD`) of an instant. */
export function stationDate(now: number): string {
  return localDate(now, STATION_TIME_ZONE);
}

/** The instant the station's day of `now` began. */
export function stationDayStart(now: number): number {
  return wallClockInstant(stationDate(now), STATION_TIME_ZONE);
}

/** The instant the station's month of `now` began. */
export function stationMonthStart(now: number): number {
  return wallClockInstant(`${stationDate(now).slice(0, 6)}01`, STATION_TIME_ZONE);
}
