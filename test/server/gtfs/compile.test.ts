import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../server/gtfs/check.ts';
import { compileCrossings } from '../../../server/gtfs/compile.ts';
import type { FeedFiles } from '../../../server/gtfs/feed.ts';
import { formatProblem } from '../../../server/gtfs/problems.ts';
import { csv, feedWith } from './fixture.ts';

const STOP_TIMES = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence';
const CALENDAR =
  'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date';

function compile(files: FeedFiles) {
  const { feed, problems } = checkFeed(files);
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  if (!feed) throw new Error('the feed should pass its check');
  return compileCrossings(feed);
}

// A trip from one landing to another: its id, service and both times.
const trip = (id: string, from: string, to: string, leave: string, land: string) => [
  `${id},${leave},${leave},${from},1`,
  `${id},${land},${land},${to},2`,
];

describe('compiling a feed into crossings', () => {
  it('groups trips into runs by service, direction and time across', () => {
    const { crossings, problems } = compile(
      feedWith({
        'trips.txt': csv(
          'route_id,service_id,trip_id',
          'r1,wk,a-0700',
          'r1,wk,a-0800',
          'r1,wk,a-0830',
          'r1,wk,b-0715',
          'r1,we,a-0900',
          'r1,wk,a-0730',
        ),
        'stop_times.txt': csv(
          STOP_TIMES,
          ...trip('a-0800', 'n', 's', '08:00:00', '08:08:00'),
          ...trip('a-0700', 'n', 's', '07:00:00', '07:08:00'),
          ...trip('a-0830', 'n', 's', '08:30:00', '08:40:00'),
          ...trip('b-0715', 's', 'n', '07:15:00', '07:23:00'),
          ...trip('a-0900', 'n', 's', '09:00:00', '09:08:00'),
          ...trip('a-0730', 'n', 's', '07:30:00', '07:38:00'),
        ),
        'calendar.txt': csv(
          CALENDAR,
          'wk,1,1,1,1,1,0,0,20260101,20261231',
          'we,0,0,0,0,0,1,1,20260101,20261231',
          'unused,1,1,1,1,1,1,1,20260101,20261231',
        ),
      }),
    );
    expect(problems).toEqual([]);
    expect(crossings).toHaveLength(1);
    const [crossing] = crossings;
    expect(crossing).toMatchObject({
      routeId: 'r1',
      name: '莲腰渡口',
      stops: [
        { id: 'n', name: '莲腰渡口·北岸', lat: 22.43, lon: 113.1 },
        { id: 's', name: '莲腰渡口·南岸', lat: 22.426, lon: 113.1 },
      ],
      typicalMinutes: 8,
    });
    expect(crossing?.timetable.timeZone).toBe('Asia/Shanghai');
    expect(crossing?.timetable.services.map((s) => s.id)).toEqual(['we', 'wk']);
    expect(crossing?.timetable.runs).toEqual([
      { serviceId: 'we', from: 0, duration: 480, times: [32_400], frequencies: [] },
      { serviceId: 'wk', from: 0, duration: 480, times: [25_200, 27_000, 28_800], frequencies: [] },
      { serviceId: 'wk', from: 0, duration: 600, times: [30_600], frequencies: [] },
      { serviceId: 'wk', from: 1, duration: 480, times: [26_100], frequencies: [] },
    ]);
  });

  it('keeps frequency-based trips as headway runs beside fixed departures', () => {
    const { crossings } = compile(
      feedWith({
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r1,wk,t2', 'r1,wk,t3'),
        'stop_times.txt': csv(
          STOP_TIMES,
          ...trip('t1', 'n', 's', '06:00:00', '06:08:00'),
          ...trip('t2', 's', 'n', '06:10:00', '06:18:00'),
          ...trip('t3', 'n', 's', '22:30:00', '22:38:00'),
        ),
        'frequencies.txt': csv(
          'trip_id,start_time,end_time,headway_secs,exact_times',
          't1,09:00:00,21:31:00,1800,0',
          't1,06:00:00,09:00:00,1200,1',
          't2,06:10:00,21:41:00,1800,1',
        ),
      }),
    );
    expect(crossings[0]?.timetable.runs).toEqual([
      {
        serviceId: 'wk',
        from: 0,
        duration: 480,
        times: [81_000],
        frequencies: [
          { start: 21_600, end: 32_400, headway: 1200, exact: true },
          { start: 32_400, end: 77_460, headway: 1800, exact: false },
        ],
      },
      {
        serviceId: 'wk',
        from: 1,
        duration: 480,
        times: [],
        frequencies: [{ start: 22_200, end: 78_060, headway: 1800, exact: true }],
      },
    ]);
  });

  it('leaves out a trip that calls at three landings, or at other landings, and says which', () => {
    const { crossings, problems } = compile(
      feedWith({
        'stops.txt': csv(
          'stop_id,stop_name,stop_lat,stop_lon',
          'n,莲腰渡口·北岸,22.43,113.1',
          's,莲腰渡口·南岸,22.426,113.1',
          'w,西岸,22.428,113.09',
        ),
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r1,wk,t2', 'r1,wk,t3'),
        'stop_times.txt': csv(
          STOP_TIMES,
          ...trip('t1', 'n', 's', '07:00:00', '07:08:00'),
          't2,08:00:00,08:00:00,n,1',
          't2,08:05:00,08:06:00,w,2',
          't2,08:12:00,08:12:00,s,3',
          ...trip('t3', 'w', 's', '09:00:00', '09:08:00'),
        ),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'trips.txt:3 trip_id: trip "t2" calls at 3 stops ("n", "w", "s"); a crossing trip goes between exactly two landings, so it is left out',
      'trips.txt:4 trip_id: trip "t3" goes between "w", "s", but route "r1" runs between "n" and "s", so it is left out',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(crossings[0]?.timetable.runs.flatMap((r) => r.times)).toEqual([25_200]);
  });

  it('leaves out routes that are not ferries, with a warning', () => {
    const { crossings, problems } = compile(
      feedWith({
        'routes.txt': csv(
          'route_id,agency_id,route_short_name,route_long_name,route_type',
          'bus,mz,1路,,3',
          'r1,mz,L1,,1200',
        ),
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'bus,wk,t2'),
      }),
    );
    expect(crossings.map((c) => [c.routeId, c.name])).toEqual([['r1', 'L1']]);
    expect(problems.map(formatProblem)).toEqual([
      'routes.txt:2 route_type: route "bus" is route_type 3, not a ferry (4 or 1200), so it is left out',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });
});
