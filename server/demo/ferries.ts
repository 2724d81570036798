/**
 * The demo station's ferry timetable as the ferry company (睦洲渡运) would publish it: a GTFS
 * feed with one route per crossing and a landing at each end. Each crossing's timetable is the
 * weekday pattern; weekends start later, public holidays on weekdays run the weekend service,
 * and the scenic spot's crossing keeps two boats after midnight on Friday and Saturday nights.
 * Boats shuttle, so departures from the far end follow the crossing plus a short turnaround.
 */
import type { LngLat } from '../../src/shared/entities.ts';
import { writeCsv } from '../gtfs/csv.ts';
import type { FeedFiles } from '../gtfs/feed.ts';
import { WEEKDAY_COLUMNS } from '../gtfs/records.ts';
import { formatDate, formatTime } from '../gtfs/time.ts';
import { shanghaiDay } from './calendar.ts';

const AGENCY = 'muzhou-ferry';
const AGENCY_NAME = '睦洲渡运';
const AGENCY_URL = 'https://muzhou-ferry.example/';
const TURNAROUND_MINUTES = 3;
const WEEKEND_LATER_MINUTES = 60;
// On fixed-departure crossings the weekend drops the early boats people take to work.
const WEEKEND_FIRST_FIXED = 8 * 60;
// Friday and Saturday nights, in service-day minutes: 00:20 and 01:10 the next morning.
const LATE_DEPARTURES = [24 * 60 + 20, 25 * 60 + 10];

/** A timetable as the demo generator draws it: a beat from first to last, or fixed times `HH:MM`. */
export type DemoTimetable =
  | { kind: 'interval'; first: string; last: string; everyMinutes: number }
  | { kind: 'fixed'; departures: string[] };

/** What the feed takes from each of the demo generator's crossings. */
export interface DemoCrossing {
  id: string;
  name: string;
  ends: [LngLat, LngLat];
  crossingMinutes: number;
  timetable: DemoTimetable;
}

type Service = 'weekday' | 'weekend' | 'late';

// Monday first, as calendar.txt's columns run.
const WEEKDAYS: Record<Service, string> = {
  weekday: '1111100',
  weekend: '0000011',
  late: '0000110',
};

interface Trip {
  crossing: DemoCrossing;
  service: Service;
  from: 0 | 1;
  /** Minutes after the start of the service day. */
  departs: number;
  /** For `frequencies.txt`: again every `every` minutes until before `until`. */
  repeat: { until: number; every: number; exact: boolean } | null;
}

/** The demo ferry feed, valid from 60 days before `today` to a year after it. */
export function demoFerryFeed(
  crossings: readonly DemoCrossing[],
  options: { today: Date },
): FeedFiles {
  const day = shanghaiDay(options.today);
  const dayAt = (offset: number) => new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
  const [first, last] = [dayAt(-60), dayAt(365)];
  const window = [formatDate(first), formatDate(last)];
  const trips = demoTrips(crossings);
  const landing = (c: DemoCrossing, side: number) => landingNames(c)[side === 0 ? 0 : 1];
  const tables: [string, string[][]][] = [
    [
      'agency.txt',
      [
        ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
        [AGENCY, AGENCY_NAME, AGENCY_URL, 'Asia/Shanghai', 'zh'],
      ],
    ],
    [
      'stops.txt',
      [
        ['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type'],
        ...crossings.flatMap((c) =>
          c.ends.map((at, side) => [`${c.id}-${side}`, landing(c, side), ...latLon(at), '0']),
        ),
      ],
    ],
    [
      'routes.txt',
      [
        ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'],
        ...crossings.map((c) => [c.id, AGENCY, '', c.name, '4']),
      ],
    ],
    [
      'trips.txt',
      [
        ['route_id', 'service_id', 'trip_id', 'trip_headsign', 'direction_id'],
        ...trips.map((t) => [
          t.crossing.id,
          t.service,
          tripId(t),
          landing(t.crossing, 1 - t.from),
          String(t.from),
        ]),
      ],
    ],
    [
      'stop_times.txt',
      [
        ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence'],
        ...trips.flatMap(stopTimeRows),
      ],
    ],
    [
      'calendar.txt',
      [
        ['service_id', ...WEEKDAY_COLUMNS, 'start_date', 'end_date'],
        ...Object.entries(WEEKDAYS).map(([s, days]) => [s, ...days.split(''), ...window]),
      ],
    ],
    [
      'calendar_dates.txt',
      [['service_id', 'date', 'exception_type'], ...holidayExceptions(first, last)],
    ],
    [
      'frequencies.txt',
      [
        ['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times'],
        ...trips.flatMap(frequencyRows),
      ],
    ],
    [
      'feed_info.txt',
      [
        [
          'feed_publisher_name',
          'feed_publisher_url',
          'feed_lang',
          'feed_start_date',
          'feed_end_date',
          'feed_version',
        ],
        [AGENCY_NAME, AGENCY_URL, 'zh', ...window, `demo-${formatDate(dayAt(0))}`],
      ],
    ],
  ];
  return new Map(tables.map(([name, rows]) => [name, writeCsv(rows)]));
}

// Every crossing's boats from both ends on weekdays and weekends, and the late boats.
function demoTrips(crossings: readonly DemoCrossing[]): Trip[] {
  const intervals = crossings.filter((c) => c.timetable.kind === 'interval');
  const late = intervals.find((c) => c.name.startsWith('石板沙')) ?? intervals[0] ?? crossings[0];
  // One quiet crossing promises only "about every so often" (exact_times=0).
  const roughly = intervals.length > 1 ? intervals.at(-1) : undefined;
  return crossings.flatMap((crossing) => {
    const base = (['weekday', 'weekend'] as const).flatMap((service) =>
      servicePattern(crossing, service, crossing !== roughly),
    );
    const night: Omit<Trip, 'from'>[] =
      crossing === late
        ? LATE_DEPARTURES.map((departs) => ({ crossing, service: 'late', departs, repeat: null }))
        : [];
    const both = [...base, ...night].flatMap((trip): Trip[] => [
      { ...trip, from: 0 },
      { ...trip, from: 1, ...shuttleBack(trip) },
    ]);
    return both.sort((a, b) => a.from - b.from || a.departs - b.departs);
  });
}

// The departures from end 0 of one service, before the boats' return trips are added.
function servicePattern(
  crossing: DemoCrossing,
  service: Service,
  exact: boolean,
): Omit<Trip, 'from'>[] {
  const t = crossing.timetable;
  if (t.kind === 'interval') {
    const later = service === 'weekend' ? WEEKEND_LATER_MINUTES : 0;
    // Until a minute after the last departure, so the last one is included when on the beat.
    const repeat = { until: minutes(t.last) + 1, every: t.everyMinutes, exact };
    return [{ crossing, service, departs: minutes(t.first) + later, repeat }];
  }
  const all = t.departures.map(minutes);
  const weekend = all.filter((m) => m >= WEEKEND_FIRST_FIXED);
  const times = service === 'weekday' || weekend.length === 0 ? all : weekend;
  return times.map((departs) => ({ crossing, service, departs, repeat: null }));
}

function shuttleBack(trip: Omit<Trip, 'from'>): Pick<Trip, 'departs' | 'repeat'> {
  const offset = trip.crossing.crossingMinutes + TURNAROUND_MINUTES;
  const repeat = trip.repeat && { ...trip.repeat, until: trip.repeat.until + offset };
  return { departs: trip.departs + offset, repeat };
}

// Ids sort by crossing, then end, so a crossing's first trip leaves from `ends[0]`.
function tripId(t: Trip): string {
  const hhmm = clock(t.departs).slice(0, 5).replace(':', '');
  return t.repeat
    ? `${t.crossing.id}-${t.from}-${t.service}`
    : `${t.crossing.id}-${t.from}-${t.service}-${hhmm}`;
}

function stopTimeRows(t: Trip): string[][] {
  const leave = clock(t.departs);
  const land = clock(t.departs + t.crossing.crossingMinutes);
  return [
    [tripId(t), leave, leave, `${t.crossing.id}-${t.from}`, '1'],
    [tripId(t), land, land, `${t.crossing.id}-${1 - t.from}`, '2'],
  ];
}

function frequencyRows(t: Trip): string[][] {
  if (!t.repeat) return [];
  const { until, every, exact } = t.repeat;
  return [[tripId(t), clock(t.departs), clock(until), String(every * 60), exact ? '1' : '0']];
}

// Each landing named after the crossing and the bank it stands on: 莲腰渡口·北岸.
function landingNames(c: DemoCrossing): [string, string] {
  const [[lng0, lat0], [lng1, lat1]] = c.ends;
  const northSouth =
    Math.abs(lat0 - lat1) >= Math.abs(lng0 - lng1) * Math.cos((lat0 * Math.PI) / 180);
  const [a, b] = northSouth
    ? lat0 > lat1
      ? ['北岸', '南岸']
      : ['南岸', '北岸']
    : lng0 > lng1
      ? ['东岸', '西岸']
      : ['西岸', '东岸'];
  return [`${c.name}·${a}`, `${c.name}·${b}`];
}

function latLon([lng, lat]: LngLat): [string, string] {
  return [lat.toFixed(6), lng.toFixed(6)];
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function clock(minutesOfDay: number): string {
  return formatTime(minutesOfDay * 60);
}

// 除夕 (Spring Festival eve) by year as [month, day]; a year not listed has no such exception.
const SPRING_FESTIVAL_EVE: Record<number, [number, number]> = {
  2024: [2, 9],
  2025: [1, 28],
  2026: [2, 16],
  2027: [2, 5],
  2028: [1, 25],
  2029: [2, 12],
  2030: [2, 2],
  2031: [1, 22],
  2032: [2, 10],
  2033: [1, 30],
  2034: [2, 18],
  2035: [2, 7],
};

// 元旦, 劳动节 and the first three days of 国庆, as [month, day].
const FIXED_HOLIDAYS: [number, number][] = [
  [1, 1],
  [5, 1],
  [10, 1],
  [10, 2],
  [10, 3],
];

/**
 * Public holidays from `first` to `last` (UTC midnights): on a weekday the weekday service is
 * removed and the weekend one added; on 除夕 the late boats run too, after the reunion dinner.
 */
function holidayExceptions(first: Date, last: Date): string[][] {
  const rows: string[][] = [];
  for (let year = first.getUTCFullYear(); year <= last.getUTCFullYear(); year++) {
    const eve = SPRING_FESTIVAL_EVE[year];
    // 除夕 and 初一, the day after it (Date.UTC rolls 31 January over into February).
    const spring = eve ? [eve, [eve[0], eve[1] + 1] as [number, number]] : [];
    const days = [...FIXED_HOLIDAYS, ...spring]
      .map(([month, day]) => new Date(Date.UTC(year, month - 1, day)))
      .filter((at) => at >= first && at <= last)
      .sort((a, b) => a.getTime() - b.getTime());
    for (const at of days) {
      const date = formatDate(at);
      const weekday = (at.getUTCDay() + 6) % 7; // Monday 0, as in WEEKDAYS
      if (WEEKDAYS.weekday[weekday] === '1') {
        rows.push(['weekday', date, '2'], ['weekend', date, '1']);
      }
      const isEve =
        eve !== undefined && at.getUTCMonth() === eve[0] - 1 && at.getUTCDate() === eve[1];
      if (isEve && WEEKDAYS.late[weekday] !== '1') rows.push(['late', date, '1']);
    }
  }
  return rows;
}
