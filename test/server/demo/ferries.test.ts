import { describe, expect, it } from 'vitest';
import { type DemoCrossing, demoFerryFeed } from '../../../server/demo/ferries.ts';
import { checkFeed } from '../../../server/gtfs/check.ts';
import { compileCrossings } from '../../../server/gtfs/compile.ts';
import { parseCsv } from '../../../server/gtfs/csv.ts';
import type { FeedFiles } from '../../../server/gtfs/feed.ts';
import { ANOTHER_TIME, madeAt } from '../../support/clock.ts';

/** A Friday morning in Muzhou, as in the demo station's fixture. */
const TODAY = new Date('2026-11-20T09:00:00+08:00');

// Four crossings as the demo generator draws them: two at intervals, two on fixed departures.
const CROSSINGS: DemoCrossing[] = [
  {
    id: 'c01',
    name: '龙泉渡口',
    ends: [
      [113.097396, 22.428545],
      [113.097227, 22.424754],
    ],
    crossingMinutes: 6,
    timetable: { kind: 'fixed', departures: ['07:15', '12:10', '13:05', '17:00'] },
  },
  {
    id: 'c02',
    name: '牛勒渡口',
    ends: [
      [113.129547, 22.43285],
      [113.13421, 22.43301],
    ],
    crossingMinutes: 7,
    timetable: { kind: 'interval', first: '06:00', last: '21:30', everyMinutes: 40 },
  },
  {
    id: 'c03',
    name: '石板沙渡口',
    ends: [
      [113.15, 22.41],
      [113.15, 22.414],
    ],
    crossingMinutes: 8,
    timetable: { kind: 'interval', first: '06:30', last: '22:00', everyMinutes: 20 },
  },
  {
    id: 'c04',
    name: '小冈渡口',
    ends: [
      [113.17, 22.4],
      [113.166, 22.4],
    ],
    crossingMinutes: 10,
    timetable: { kind: 'fixed', departures: ['06:40', '07:40', '08:30', '18:30'] },
  },
];

const files = demoFerryFeed(CROSSINGS, { today: TODAY });
const { feed, problems } = checkFeed(files);
const compiled = feed ? compileCrossings(feed) : null;

function rows(f: FeedFiles, name: string): Record<string, string>[] {
  const [header, ...data] = parseCsv(f.get(name) ?? '');
  return data.map((r) => Object.fromEntries(r.fields.map((v, k) => [header?.fields[k], v])));
}

describe('the demo ferry feed', () => {
  it('passes the GTFS check with no errors and no warnings, and compiles without problems', () => {
    expect(problems).toEqual([]);
    expect(compiled?.problems).toEqual([]);
    expect(rows(files, 'agency.txt')).toEqual([
      {
        agency_id: 'muzhou-ferry',
        agency_name: '睦洲渡运',
        agency_url: 'https://muzhou-ferry.example/',
        agency_timezone: 'Asia/Shanghai',
        agency_lang: 'zh',
      },
    ]);
    expect(feed?.feedInfo?.version).toBe('demo-20261120');
  });

  it('compiles to one crossing per demo crossing, boats leaving from both landings', () => {
    const crossings = compiled?.crossings ?? [];
    expect(crossings.map((c) => [c.routeId, c.name, c.typicalMinutes])).toEqual(
      CROSSINGS.map((c) => [c.id, c.name, c.crossingMinutes]),
    );
    expect(crossings.map((c) => c.stops.map((s) => s.name))).toEqual([
      ['龙泉渡口·北岸', '龙泉渡口·南岸'],
      ['牛勒渡口·西岸', '牛勒渡口·东岸'],
      ['石板沙渡口·南岸', '石板沙渡口·北岸'],
      ['小冈渡口·东岸', '小冈渡口·西岸'],
    ]);
    for (const c of crossings) {
      expect(c.stops.map((s) => s.id)).toEqual([`${c.routeId}-0`, `${c.routeId}-1`]);
      expect(new Set(c.timetable.runs.map((r) => r.from))).toEqual(new Set([0, 1]));
      expect(c.timetable.timeZone).toBe('Asia/Shanghai');
    }
  });

  it('shuttles: the far landing sends each boat back after the crossing and a short turnaround', () => {
    const runs = compiled?.crossings[0]?.timetable.runs ?? [];
    const weekday = (from: 0 | 1) =>
      runs.find((r) => r.serviceId === 'weekday' && r.from === from)?.times ?? [];
    expect(weekday(0)).toEqual([26_100, 43_800, 47_100, 61_200]);
    expect(weekday(1)).toEqual(weekday(0).map((t) => t + (6 + 3) * 60));
  });

  it('runs interval crossings as frequencies, most exact, one only about so often', () => {
    const [, c02, c03] = compiled?.crossings ?? [];
    const weekday = c02?.timetable.runs.find((r) => r.serviceId === 'weekday' && r.from === 0);
    expect(weekday?.times).toEqual([]);
    expect(weekday?.frequencies).toEqual([
      { start: 6 * 3600, end: 21 * 3600 + 31 * 60, headway: 2400, exact: true },
    ]);
    const exact = (c: typeof c03) =>
      c?.timetable.runs.flatMap((r) => r.frequencies.map((f) => f.exact));
    expect(new Set(exact(c02))).toEqual(new Set([true]));
    expect(new Set(exact(c03))).toEqual(new Set([false]));
  });

  it('starts later at weekends', () => {
    for (const c of compiled?.crossings ?? []) {
      const first = (serviceId: string) => {
        const run = c.timetable.runs.filter((r) => r.serviceId === serviceId && r.from === 0);
        return Math.min(...run.flatMap((r) => [...r.times, ...r.frequencies.map((f) => f.start)]));
      };
      expect(first('weekend'), c.name).toBeGreaterThan(first('weekday'));
    }
  });

  it('keeps boats past midnight on Friday and Saturday nights at the scenic spot', () => {
    const c03 = compiled?.crossings.find((c) => c.routeId === 'c03');
    const late = c03?.timetable.services.find((s) => s.id === 'late');
    expect(late?.weekdays).toBe('0000110');
    const times = c03?.timetable.runs.find((r) => r.serviceId === 'late' && r.from === 0)?.times;
    expect(times).toEqual([24 * 3600 + 20 * 60, 25 * 3600 + 10 * 60]);
    expect(rows(files, 'stop_times.txt').map((r) => r.departure_time)).toContain('25:10:00');
    const others = compiled?.crossings.filter((c) => c.routeId !== 'c03') ?? [];
    expect(others.flatMap((c) => c.timetable.runs.filter((r) => r.serviceId === 'late'))).toEqual(
      [],
    );
  });

  it('runs from 60 days ago to a year ahead, with holidays moved to the weekend service', () => {
    const services = compiled?.crossings[0]?.timetable.services ?? [];
    const weekday = services.find((s) => s.id === 'weekday');
    const weekend = services.find((s) => s.id === 'weekend');
    expect(weekday).toMatchObject({ weekdays: '1111100', start: '20260921', end: '20271120' });
    expect(weekend).toMatchObject({ weekdays: '0000011', start: '20260921', end: '20271120' });
    // 国庆 on a Thursday and Friday, 元旦 and 除夕 (5 February 2027) on Fridays; the rest fall
    // on weekends, when the weekend service runs anyway.
    const holidays = ['20261001', '20261002', '20270101', '20270205', '20271001'];
    expect(weekday?.removed).toEqual(holidays);
    expect(weekday?.added).toEqual([]);
    expect(weekend?.added).toEqual(holidays);
    expect(weekend?.removed).toEqual([]);
  });

  it('adds the late boats on a Spring Festival eve that is not a Friday or Saturday', () => {
    // 除夕 2026 is Monday 16 February; 初一 is a Tuesday.
    const early = demoFerryFeed(CROSSINGS, { today: new Date('2026-03-01T09:00:00+08:00') });
    const dates = rows(early, 'calendar_dates.txt').map(
      (r) => `${r.service_id} ${r.date} ${r.exception_type}`,
    );
    expect(dates).toEqual(
      expect.arrayContaining([
        'weekday 20260216 2',
        'weekend 20260216 1',
        'late 20260216 1',
        'weekday 20260217 2',
        'weekend 20260217 1',
      ]),
    );
    expect(dates).not.toContain('late 20260217 1');
    expect(checkFeed(early).problems).toEqual([]);
  });

  it('is the same feed for the same day, whenever it is made, and moves with the day', () => {
    expect(madeAt(ANOTHER_TIME, () => demoFerryFeed(CROSSINGS, { today: TODAY }))).toEqual(files);
    const later = demoFerryFeed(CROSSINGS, { today: new Date('2027-03-01T09:00:00+08:00') });
    expect(rows(later, 'feed_info.txt')[0]).toMatchObject({
      feed_start_date: '20261231',
      feed_end_date: '20280229',
      feed_version: 'demo-20270301',
    });
  });
});
