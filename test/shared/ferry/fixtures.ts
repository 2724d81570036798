import type { TimetabledCrossing } from '../../../src/shared/ferry/departures.ts';
import type {
  DepartureRun,
  ServiceCalendar,
  Suspension,
} from '../../../src/shared/ferry/timetable.ts';

/** ServiceSeconds of `h:m:s`; hours may pass 24. */
export const hms = (h: number, m = 0, s = 0) => (h * 60 + m) * 60 + s;

/** Epoch ms of an ISO time that carries its offset, so the test machine's zone never enters. */
export const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`bad instant ${iso}`);
  return ms;
};

/** Clock time in Beijing of an instant, `HH:MM`, for readable expectations. */
export const beijing = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);

const service = (id: string, weekdays: string, extra: Partial<ServiceCalendar> = {}) => ({
  id,
  weekdays,
  start: '20240101',
  end: '20241231',
  added: [],
  removed: [],
  ...extra,
});

/** A crossing with one service running every day of 2024, and its one run. */
export const daily = (
  id: string,
  timeZone: string,
  run: Omit<DepartureRun, 'serviceId'>,
): TimetabledCrossing => ({
  id,
  timetable: {
    timeZone,
    services: [service('daily', '1111111')],
    runs: [{ serviceId: 'daily', ...run }],
  },
});

const every30 = (serviceId: string, from: 0 | 1, start: number, end: number): DepartureRun => ({
  serviceId,
  from,
  duration: 600,
  times: [],
  frequencies: [{ start, end, headway: 1800, exact: true }],
});

/**
 * 睦洲—石板沙, 2024: weekdays every 30 min from 06:00 (end 0) and 06:15 (end 1) to 22:00/22:15;
 * weekends and holidays from 07:00/07:15. Friday nights add 24:20 and 25:10 from end 0 and
 * 24:40 from end 1. Dragon Boat Festival (Monday 10 June) runs the weekend timetable.
 */
export const muzhou: TimetabledCrossing = {
  id: 'muzhou-shibansha',
  timetable: {
    timeZone: 'Asia/Shanghai',
    services: [
      service('weekday', '1111100', { removed: ['20240610'] }),
      service('weekend', '0000011', { added: ['20240610'] }),
      service('friday-late', '0000100'),
    ],
    runs: [
      every30('weekday', 0, hms(6), hms(22, 30)),
      every30('weekday', 1, hms(6, 15), hms(22, 45)),
      every30('weekend', 0, hms(7), hms(22, 30)),
      every30('weekend', 1, hms(7, 15), hms(22, 45)),
      {
        serviceId: 'friday-late',
        from: 0,
        duration: 600,
        times: [hms(24, 20), hms(25, 10)],
        frequencies: [],
      },
      { serviceId: 'friday-late', from: 1, duration: 600, times: [hms(24, 40)], frequencies: [] },
    ],
  },
};

/** A suspension of `crossingId` from `from` until `until` (ISO with offsets). */
export const suspension = (
  id: string,
  from: string,
  until: string | null,
  crossingId = muzhou.id,
): Suspension => ({
  id,
  crossingId,
  from,
  until,
  reason: 'fog',
  note: '大雾',
  createdAt: '2024-06-01T00:00:00+08:00',
});
