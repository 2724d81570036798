import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../server/gtfs/check.ts';
import { compileCrossings } from '../../../server/gtfs/compile.ts';
import { type FeedProblem, formatProblem } from '../../../server/gtfs/problems.ts';
import { csv, feedWith } from './fixture.ts';

const errors = (problems: FeedProblem[]) =>
  problems.filter((p) => p.severity === 'error').map(formatProblem);

const STOP_TIMES = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence';
const CALENDAR =
  'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date';

describe('checking a GTFS feed', () => {
  it('passes a good minimal feed and reads its times as seconds into the service day', () => {
    const { feed, problems } = checkFeed(feedWith());
    expect(problems).toEqual([]);
    expect(feed?.timeZone).toBe('Asia/Shanghai');
    expect(feed?.stops.map((s) => [s.id, s.lat, s.lon])).toEqual([
      ['n', 22.43, 113.1],
      ['s', 22.426, 113.1],
    ]);
    expect(feed?.stopTimes[1]).toMatchObject({ tripId: 't1', arrival: 25_680, departure: 25_680 });
    expect(feed?.calendars[0]).toMatchObject({ weekdays: '1111100', start: '20260101' });
  });

  it('reports each required file that is missing, and a feed without any calendar, once', () => {
    const { feed, problems } = checkFeed(feedWith({ 'stops.txt': null, 'calendar.txt': null }));
    expect(feed).toBeNull();
    expect(errors(problems)).toEqual([
      'stops.txt: required file is missing from the feed',
      'calendar.txt: required file is missing: the feed needs calendar.txt or calendar_dates.txt to say on which days boats run',
    ]);
  });

  it('reports a missing required column once, not again on every row', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'stops.txt': csv('stop_id,stop_name,stop_lon', 'n,北岸,113.1', 's,南岸,113.1'),
        'stop_times.txt': csv(
          'trip_id,arrival_time,departure_time,stop_id',
          't1,07:00:00,07:00:00,n',
        ),
      }),
    );
    expect(feed).toBeNull();
    expect(errors(problems)).toEqual([
      'stops.txt:1 stop_lat: column is missing, yet line 2 and maybe others need it',
      'stop_times.txt:1 stop_sequence: required column is missing',
    ]);
  });

  it('lists every bad value at once with its file, line and field', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'stops.txt': csv('stop_id,stop_name,stop_lat,stop_lon', 'n,北岸,95,113.1', 's,,22.42,east'),
        'routes.txt': csv('route_id,agency_id,route_long_name,route_type', 'r1,mz,莲腰渡口,99'),
        'stop_times.txt': csv(
          STOP_TIMES,
          't1,07:00:00,07:00:00,n,1',
          't1,07:08:00,7:5:00,s,2',
          't2,07:15:00,07:15:00,s,x',
          't2,07:23:00,07:23:00,n,2',
        ),
        'calendar.txt': csv(CALENDAR, 'wk,1,1,1,1,1,0,2,20260230,2026-12-31'),
      }),
    );
    expect(feed).toBeNull();
    expect(errors(problems)).toEqual([
      'stops.txt:2 stop_lat: "95" is outside -90 to 90',
      'stops.txt:3 stop_name: required value is missing',
      'stops.txt:3 stop_lon: "east" is not a number',
      'routes.txt:2 route_type: "99" is not a route_type (0 to 7, 11, 12, or an extended type 100 to 1799)',
      'stop_times.txt:3 departure_time: "7:5:00" is not a time (HH:MM:SS)',
      'stop_times.txt:4 stop_sequence: "x" is not a whole number',
      'calendar.txt:2 sunday: "2" is not 0 or 1',
      'calendar.txt:2 start_date: "20260230" is not a date on the calendar',
      'calendar.txt:2 end_date: "2026-12-31" is not a date (YYYYMMDD)',
    ]);
    expect(problems.find((p) => p.field === 'departure_time')).toEqual({
      severity: 'error',
      file: 'stop_times.txt',
      line: 3,
      field: 'departure_time',
      message: '"7:5:00" is not a time (HH:MM:SS)',
    });
  });

  it('checks times along each trip: sequence, first and last stop, and never backwards', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'trips.txt': csv(
          'route_id,service_id,trip_id',
          'r1,wk,t1',
          'r1,wk,t2',
          'r1,wk,t3',
          'r1,wk,t4',
        ),
        'stop_times.txt': csv(
          STOP_TIMES,
          't1,07:00:00,07:00:00,n,1',
          't1,07:10:00,07:08:00,s,2',
          't2,07:15:00,07:15:00,s,2',
          't2,07:10:00,07:10:00,n,3',
          't3,08:00:00,08:00:00,n,1',
          't3,08:08:00,08:08:00,s,1',
          't4,,,n,1',
          't4,09:08:00,,s,2',
        ),
      }),
    );
    expect(feed).toBeNull();
    expect(errors(problems)).toEqual([
      'stop_times.txt:3 departure_time: 07:08:00 is before arrival_time 07:10:00',
      'stop_times.txt:5 arrival_time: 07:10:00 is before 07:15:00 at the previous stop (line 4) of trip "t2"',
      'stop_times.txt:7 stop_sequence: 1 is used twice in trip "t3" (also line 6)',
      'stop_times.txt:8 arrival_time: the first stop of trip "t4" needs an arrival_time and a departure_time',
      'stop_times.txt:9 departure_time: has arrival_time but no departure_time; give both (the same time if the boat does not wait)',
    ]);
  });

  it('accepts times past midnight: 25:10:00 is 90,600 seconds into the service day', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'stop_times.txt': csv(
          STOP_TIMES,
          't1,24:20:00,24:20:00,n,1',
          't1,24:28:00,24:28:00,s,2',
          // Rows of a trip may come in any order; stop_sequence orders them.
          't2,25:10:00,25:10:00,n,2',
          't2,25:02:00,25:02:00,s,1',
        ),
      }),
    );
    expect(problems).toEqual([]);
    expect(feed?.stopTimes.map((st) => st.arrival)).toEqual([87_600, 88_080, 90_600, 90_120]);
  });

  it('reads frequencies with exact and approximate times, and reports bad ones', () => {
    const good = checkFeed(
      feedWith({
        'frequencies.txt': csv(
          'trip_id,start_time,end_time,headway_secs,exact_times',
          't1,06:00:00,09:00:00,1200,1',
          't1,09:00:00,21:31:00,1800,',
          't2,06:10:00,21:41:00,1800,0',
        ),
      }),
    );
    expect(good.problems).toEqual([]);
    expect(
      good.feed?.frequencies.map((f) => [f.tripId, f.start, f.end, f.headway, f.exact]),
    ).toEqual([
      ['t1', 21_600, 32_400, 1200, true],
      ['t1', 32_400, 77_460, 1800, false],
      ['t2', 22_200, 78_060, 1800, false],
    ]);
    const bad = checkFeed(
      feedWith({
        'frequencies.txt': csv(
          'trip_id,start_time,end_time,headway_secs,exact_times',
          't1,09:00:00,08:00:00,0,2',
          't2,06:00:00,08:00:00,600,1',
          't2,07:30:00,10:00:00,600,1',
          'tx,06:00:00,08:00:00,600,1',
        ),
      }),
    );
    expect(errors(bad.problems)).toEqual([
      'frequencies.txt:2 headway_secs: "0" must be 1 or more',
      'frequencies.txt:2 exact_times: "2" is not an exact_times (0 or 1)',
      'frequencies.txt:2 end_time: 08:00:00 is not after start_time 09:00:00',
      'frequencies.txt:4 start_time: 07:30:00 is before the end (08:00:00) of trip "t2"\'s frequency on line 3; frequencies of a trip must not overlap',
      'frequencies.txt:5 trip_id: "tx" is not defined in trips.txt',
    ]);
  });

  it('lets a service live only in calendar_dates.txt and compiles added and removed dates', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r1,holiday,t2'),
        'calendar_dates.txt': csv(
          'service_id,date,exception_type',
          'wk,20261001,2',
          'holiday,20261002,1',
          'holiday,20261001,1',
        ),
      }),
    );
    expect(problems).toEqual([]);
    if (!feed) throw new Error('the feed should pass');
    const [crossing] = compileCrossings(feed).crossings;
    expect(crossing?.timetable.services).toEqual([
      {
        id: 'holiday',
        weekdays: '0000000',
        start: null,
        end: null,
        added: ['20261001', '20261002'],
        removed: [],
      },
      {
        id: 'wk',
        weekdays: '1111100',
        start: '20260101',
        end: '20261231',
        added: [],
        removed: ['20261001'],
      },
    ]);
  });

  it('reports bad calendars and calendar dates', () => {
    const { problems } = checkFeed(
      feedWith({
        'calendar.txt': csv(
          CALENDAR,
          'wk,1,1,1,1,1,0,0,20261231,20260101',
          'wk,1,1,1,1,1,1,1,20260101,20261231',
        ),
        'calendar_dates.txt': csv(
          'service_id,date,exception_type',
          'wk,20261001,2',
          'wk,20261001,1',
          'wk,20261301,3',
        ),
      }),
    );
    expect(errors(problems)).toEqual([
      'calendar.txt:2 end_date: 20260101 is before start_date 20261231',
      'calendar.txt:3 service_id: "wk" is already on line 2; each service_id must be unique',
      'calendar_dates.txt:3 date: "wk on 20261001" is already on line 2; each service and date must be unique',
      'calendar_dates.txt:4 date: "20261301" is not a date on the calendar',
      'calendar_dates.txt:4 exception_type: "3" is not an exception_type (1 or 2)',
    ]);
  });

  it('reports references to ids no file defines, and ids defined twice', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'stops.txt': csv(
          'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station',
          'n,莲腰渡口·北岸,22.43,113.1,0,nope',
          's,莲腰渡口·南岸,22.426,113.1,,',
          'st,莲腰渡口,22.428,113.1,1,',
        ),
        'routes.txt': csv(
          'route_id,agency_id,route_long_name,route_type',
          'r1,mz,莲腰渡口,4',
          'r2,zz,渡口,4',
        ),
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r9,zz,t2', 'r1,wk,t2'),
        'stop_times.txt': csv(
          STOP_TIMES,
          't1,07:00:00,07:00:00,n,1',
          't1,07:08:00,07:08:00,q,2',
          'tx,07:15:00,07:15:00,s,1',
          'tx,07:23:00,07:23:00,st,2',
        ),
        'frequencies.txt': csv(
          'trip_id,start_time,end_time,headway_secs',
          'ty,06:00:00,07:00:00,600',
        ),
      }),
    );
    expect(feed).toBeNull();
    expect(errors(problems)).toEqual([
      'stops.txt:2 parent_station: "nope" is not defined in stops.txt',
      'routes.txt:3 agency_id: "zz" is not defined in agency.txt',
      'trips.txt:3 route_id: "r9" is not defined in routes.txt',
      'trips.txt:3 service_id: "zz" is in neither calendar.txt nor calendar_dates.txt',
      'trips.txt:4 trip_id: "t2" is already on line 3; each trip_id must be unique',
      'stop_times.txt:3 stop_id: "q" is not defined in stops.txt',
      'stop_times.txt:4 trip_id: "tx" is not defined in trips.txt',
      'stop_times.txt:5 trip_id: "tx" is not defined in trips.txt',
      'stop_times.txt:5 stop_id: "st" is a location_type 1 stop; trips call only at stops or platforms (location_type 0)',
      'frequencies.txt:2 trip_id: "ty" is not defined in trips.txt',
    ]);
    expect(problems.filter((p) => p.severity === 'warning').map(formatProblem)).toEqual([
      'trips.txt:3 trip_id: trip "t2" has no stop times, so it goes nowhere',
    ]);
  });

  it('wants one valid IANA time zone shared by all agencies', () => {
    const agencies = (...rows: string[]) =>
      checkFeed(
        feedWith({
          'agency.txt': csv(
            'agency_id,agency_name,agency_url,agency_timezone,agency_lang',
            ...rows,
          ),
        }),
      );
    expect(errors(agencies('mz,睦洲渡运,https://x.example/,Asia/Shangai,zh').problems)).toEqual([
      'agency.txt:2 agency_timezone: "Asia/Shangai" is not an IANA time zone name such as Asia/Shanghai',
    ]);
    expect(errors(agencies('mz,睦洲渡运,https://x.example/,asia/shanghai,zh').problems)).toEqual([
      'agency.txt:2 agency_timezone: "asia/shanghai" is not an IANA time zone name; write "Asia/Shanghai"',
    ]);
    expect(
      errors(
        agencies(
          'mz,睦洲渡运,https://x.example/,Asia/Shanghai,zh',
          'hk,港澳客运,x.example,Asia/Hong_Kong,zh-??',
          ',无名渡运,https://y.example/,Asia/Shanghai,',
        ).problems,
      ),
    ).toEqual([
      'agency.txt:3 agency_url: "x.example" is not a full URL (starting http:// or https://)',
      'agency.txt:3 agency_lang: "zh-??" is not a language tag such as zh or zh-CN',
      'agency.txt:3 agency_timezone: "Asia/Hong_Kong" differs from "Asia/Shanghai" on line 2; all agencies in a feed must share one time zone',
      'agency.txt:4 agency_id: the feed has several agencies: give each an id',
    ]);
  });

  it('warns about stray spaces and empty lines but still hands on the feed', () => {
    const { feed, problems } = checkFeed(
      feedWith({
        'routes.txt': csv(
          'route_id, agency_id,route_long_name,route_type',
          'r1,mz, 莲腰渡口 ,4',
          '',
        ),
        'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', '', 'r1,wk,t2'),
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'routes.txt:1 agency_id: column name " agency_id" has spaces around it',
      'routes.txt:2 route_long_name: " 莲腰渡口 " has spaces around it; they are ignored',
      'trips.txt:3: empty line; remove it',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(feed?.routes[0]?.longName).toBe('莲腰渡口');
  });
});
