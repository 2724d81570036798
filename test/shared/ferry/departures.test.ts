import { describe, expect, it } from 'vitest';
import {
  departuresBetween,
  type TimetabledCrossing,
} from '../../../src/shared/ferry/departures.ts';
import { at, beijing, daily, hms, muzhou, suspension } from './fixtures.ts';

const times = (crossing: TimetabledCrossing, from: string, to: string, end?: 0 | 1) =>
  departuresBetween(crossing, at(from), at(to), [])
    .filter((d) => end === undefined || d.from === end)
    .map((d) => beijing(d.departs));

describe('departuresBetween', () => {
  it('lists both ends in time order, leaving in [from, to)', () => {
    const list = departuresBetween(
      muzhou,
      at('2024-06-14T06:00:00+08:00'),
      at('2024-06-14T07:00:00+08:00'),
      [],
    );
    expect(list.map((d) => [beijing(d.departs), d.from])).toEqual([
      ['06:00', 0],
      ['06:15', 1],
      ['06:30', 0],
      ['06:45', 1],
    ]);
    expect(list[0]).toEqual({
      crossingId: 'muzhou-shibansha',
      from: 0,
      departs: at('2024-06-14T06:00:00+08:00'),
      arrives: at('2024-06-14T06:10:00+08:00'),
      serviceDate: '20240614',
      exact: true,
      suspension: null,
    });
  });

  it('gives a whole Friday: 33 boats each way by day, then the late boats after midnight', () => {
    const day = departuresBetween(
      muzhou,
      at('2024-06-14T00:00:00+08:00'),
      at('2024-06-15T04:00:00+08:00'),
      [],
    );
    const fromEnd0 = day.filter((d) => d.from === 0);
    expect(fromEnd0).toHaveLength(33 + 2);
    expect(fromEnd0.slice(-3).map((d) => [beijing(d.departs), d.serviceDate])).toEqual([
      ['22:00', '20240614'],
      ['00:20', '20240614'],
      ['01:10', '20240614'],
    ]);
    expect(fromEnd0.at(-1)?.departs).toBe(at('2024-06-15T01:10:00+08:00'));
  });

  it("finds the previous service day's boats after midnight", () => {
    expect(times(muzhou, '2024-06-15T00:00:00+08:00', '2024-06-15T08:00:00+08:00', 0)).toEqual([
      '00:20',
      '01:10',
      '07:00',
      '07:30',
    ]);
  });

  it('runs the weekend timetable on a holiday taken off the weekdays', () => {
    // Monday 10 June 2024 (端午节): first boat 07:00 as on Saturdays, not 06:00.
    expect(times(muzhou, '2024-06-10T00:00:00+08:00', '2024-06-10T08:00:00+08:00', 0)).toEqual([
      '07:00',
      '07:30',
    ]);
    expect(times(muzhou, '2024-06-17T00:00:00+08:00', '2024-06-17T07:00:00+08:00', 0)).toEqual([
      '06:00',
      '06:30',
    ]);
  });

  it('gives exact departures for exact headways and flags the others as approximate', () => {
    const shibansha = daily('shibansha-tourist', 'Asia/Shanghai', {
      from: 0,
      duration: 300,
      times: [],
      frequencies: [
        { start: hms(8), end: hms(9), headway: 1200, exact: true },
        { start: hms(9), end: hms(10), headway: 900, exact: false },
      ],
    });
    const list = departuresBetween(
      shibansha,
      at('2024-06-14T08:05:00+08:00'),
      at('2024-06-14T12:00:00+08:00'),
      [],
    );
    expect(list.map((d) => [beijing(d.departs), d.exact])).toEqual([
      ['08:20', true],
      ['08:40', true],
      ['09:00', false],
      ['09:15', false],
      ['09:30', false],
      ['09:45', false],
    ]);
  });

  it('keeps stopped boats in the list, flagged with their suspension', () => {
    const fog = suspension('fog', '2024-06-14T06:10:00+08:00', '2024-06-14T06:30:00+08:00');
    const other = suspension('elsewhere', '2024-06-14T00:00:00+08:00', null, 'another-crossing');
    const list = departuresBetween(
      muzhou,
      at('2024-06-14T06:00:00+08:00'),
      at('2024-06-14T07:00:00+08:00'),
      [fog, other],
    );
    expect(list.map((d) => [beijing(d.departs), d.suspension?.id ?? null])).toEqual([
      ['06:00', null],
      ['06:15', 'fog'],
      ['06:30', null], // `until` is the first minute boats run again
      ['06:45', null],
    ]);
  });

  it('places a boat after midnight on a day that started the evening before (DST)', () => {
    const hudson = daily('hudson', 'America/New_York', {
      from: 0,
      duration: 600,
      times: [hms(0, 30), hms(12)],
      frequencies: [],
    });
    // 10 March's service day starts 23:00 EST on 9 March, so its 00:30 boat leaves 23:30 EST.
    const list = departuresBetween(
      hudson,
      at('2024-03-09T23:00:00-05:00'),
      at('2024-03-09T23:59:00-05:00'),
      [],
    );
    expect(list.map((d) => [d.departs, d.serviceDate])).toEqual([
      [at('2024-03-09T23:30:00-05:00'), '20240310'],
    ]);
  });
});
