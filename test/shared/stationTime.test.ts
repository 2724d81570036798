import { describe, expect, it } from 'vitest';
import { stationDate, stationDayStart, stationMonthStart } from '../../src/shared/stationTime.ts';

describe("the station's calendar", () => {
  it('counts days and months in Asia/Shanghai, not UTC nor the phone’s zone', () => {
    // 17:00 UTC on 28 February is 01:00 on 1 March at the station.
    const march = Date.parse('2025-02-28T17:00:00Z');
    expect(stationDate(march)).toBe('20250301');
    expect(stationDayStart(march)).toBe(Date.parse('2025-03-01T00:00:00+08:00'));
    expect(stationMonthStart(march)).toBe(Date.parse('2025-03-01T00:00:00+08:00'));
    const february = Date.parse('2025-02-28T15:59:00Z');
    expect(stationDate(february)).toBe('20250228');
    expect(stationDayStart(february)).toBe(Date.parse('2025-02-28T00:00:00+08:00'));
    expect(stationMonthStart(february)).toBe(Date.parse('2025-02-01T00:00:00+08:00'));
  });
});
