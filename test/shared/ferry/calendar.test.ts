import { describe, expect, it } from 'vitest';
import { runsOn } from '../../../src/shared/ferry/calendar.ts';
import type { ServiceCalendar } from '../../../src/shared/ferry/timetable.ts';

const weekdays: ServiceCalendar = {
  id: 'weekday',
  weekdays: '1111100',
  start: '20240101',
  end: '20241231',
  added: ['20240929'], // a Sunday worked to make up for the National Day holiday (调休)
  removed: ['20240610'], // Dragon Boat Festival, a Monday
};

describe('runsOn', () => {
  it('runs on the weekdays of its pattern only', () => {
    expect(runsOn(weekdays, '20240614')).toBe(true); // Friday
    expect(runsOn(weekdays, '20240615')).toBe(false); // Saturday
    expect(runsOn(weekdays, '20240617')).toBe(true); // Monday
  });

  it('runs only between its start and end dates, both included', () => {
    expect(runsOn(weekdays, '20240101')).toBe(true);
    expect(runsOn(weekdays, '20241231')).toBe(true);
    expect(runsOn(weekdays, '20231229')).toBe(false); // a Friday before the start
    expect(runsOn(weekdays, '20250102')).toBe(false); // a Thursday after the end
  });

  it('runs on an added date outside its pattern', () => {
    expect(runsOn(weekdays, '20240929')).toBe(true);
    expect(runsOn({ ...weekdays, added: ['20250105'] }, '20250105')).toBe(true);
  });

  it('does not run on a removed date inside its pattern, even if it is also added', () => {
    expect(runsOn(weekdays, '20240610')).toBe(false);
    expect(runsOn({ ...weekdays, added: ['20240610'] }, '20240610')).toBe(false);
  });

  it('runs only on added dates when it has no weekly pattern', () => {
    const festival = { ...weekdays, start: null, end: null, added: ['20240610'], removed: [] };
    expect(runsOn(festival, '20240610')).toBe(true);
    expect(runsOn(festival, '20240617')).toBe(false);
  });
});
