import { describe, expect, it } from 'vitest';
import {
  addDays,
  localDate,
  serviceDayStart,
  wallClockInstant,
  weekday,
  zoneOffset,
} from '../../../src/shared/ferry/serviceDay.ts';
import { at } from './fixtures.ts';

describe('service day', () => {
  it('adds days across month, leap day and year ends, both ways', () => {
    expect(addDays('20240228', 1)).toBe('20240229');
    expect(addDays('20240229', 1)).toBe('20240301');
    expect(addDays('20241231', 1)).toBe('20250101');
    expect(addDays('20250101', -2)).toBe('20241230');
    expect(addDays('20240614', 0)).toBe('20240614');
  });

  it('numbers weekdays from Monday 0, as calendar.txt orders its columns', () => {
    expect(weekday('20240610')).toBe(0); // Monday, Dragon Boat Festival
    expect(weekday('20240614')).toBe(4); // Friday
    expect(weekday('20240616')).toBe(6); // Sunday
    expect(weekday('19691231')).toBe(2); // Wednesday, before the epoch
  });

  it('refuses a date not written YYYYMMDD', () => {
    expect(() => addDays('2024-06-14', 1)).toThrow(RangeError);
  });

  it('tells the date in the agency zone, not the phone', () => {
    const instant = at('2024-06-13T16:30:00Z');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('20240614');
    expect(localDate(instant, 'America/New_York')).toBe('20240613');
    expect(localDate(at('2024-06-13T16:00:00Z'), 'Asia/Shanghai')).toBe('20240614');
    expect(localDate(at('2024-06-13T15:59:59Z'), 'Asia/Shanghai')).toBe('20240613');
  });

  it('starts a Shanghai service day at midnight Beijing time, 16:00Z the day before', () => {
    expect(serviceDayStart('20240614', 'Asia/Shanghai')).toBe(at('2024-06-13T16:00:00Z'));
    expect(serviceDayStart('20240101', 'Asia/Shanghai')).toBe(at('2023-12-31T16:00:00Z'));
  });

  it('starts a service day at noon minus 12 h on daylight-saving change dates', () => {
    const ny = 'America/New_York';
    // Clocks spring forward at 02:00: noon is 16:00Z, so the day starts 23:00 EST the evening before.
    expect(serviceDayStart('20240310', ny)).toBe(at('2024-03-10T04:00:00Z'));
    expect(localDate(serviceDayStart('20240310', ny), ny)).toBe('20240309');
    // Clocks fall back at 02:00: noon is 17:00Z, so the day starts at 01:00 EDT.
    expect(serviceDayStart('20241103', ny)).toBe(at('2024-11-03T05:00:00Z'));
    // An ordinary summer day starts at midnight EDT.
    expect(serviceDayStart('20240615', ny)).toBe(at('2024-06-15T04:00:00Z'));
  });

  it('follows zones with half- and quarter-hour offsets', () => {
    expect(serviceDayStart('20240614', 'Asia/Kolkata')).toBe(at('2024-06-13T18:30:00Z'));
    expect(serviceDayStart('20240614', 'Asia/Kathmandu')).toBe(at('2024-06-13T18:15:00Z'));
    expect(zoneOffset(at('2024-06-14T00:00:00Z'), 'Asia/Kathmandu')).toBe(345 * 60_000);
  });

  it('reads wall-clock times in a gap or overlap the way Temporal does by default', () => {
    const ny = 'America/New_York';
    // 02:30 never shows on 10 March: taken as 02:30 EST, which the clocks call 03:30 EDT.
    expect(wallClockInstant('20240310', ny, 2, 30)).toBe(at('2024-03-10T07:30:00Z'));
    // 01:30 shows twice on 3 November: the earlier one, in EDT.
    expect(wallClockInstant('20241103', ny, 1, 30)).toBe(at('2024-11-03T05:30:00Z'));
    expect(wallClockInstant('20240614', 'Asia/Shanghai', 23, 50)).toBe(
      at('2024-06-14T23:50:00+08:00'),
    );
  });
});
