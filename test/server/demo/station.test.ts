import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SEED, generateStation } from '../../../server/demo/station.ts';
import { ANOTHER_TIME, madeAt } from '../../support/clock.ts';
import { station, TODAY } from './fixture.ts';

describe('demo station', () => {
  it('uses the default seed when none is given', () => {
    expect(station.seed).toBe(DEFAULT_SEED);
  });

  it('grows the same station from the same seed and day, without Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    // Grown again years later: any reading of the clock would show.
    const again = madeAt(ANOTHER_TIME, () =>
      generateStation({ seed: DEFAULT_SEED, today: new Date(TODAY.getTime()) }),
    );
    expect(random).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(again).toEqual(station);
  });

  it('grows different people, staff and visits from a different seed, on the same land', () => {
    const other = generateStation({ seed: 7, today: TODAY });
    expect(other.seed).toBe(7);
    expect(other.grids).toEqual(station.grids);
    expect(other.residents[0]).not.toEqual(station.residents[0]);
    expect(other.households.map((h) => h.headName)).not.toEqual(
      station.households.map((h) => h.headName),
    );
    expect(other.users.map((u) => u.displayName)).not.toEqual(
      station.users.map((u) => u.displayName),
    );
    expect(other.visits.map((v) => v.id)).not.toEqual(station.visits.map((v) => v.id));
  });

  it('ages everyone by the day it is given', () => {
    const later = generateStation({ today: new Date('2027-11-20T09:00:00+08:00') });
    const shift = (s: string) => Number(s.slice(0, 4));
    const first = station.residents[0];
    const same = later.residents[0];
    expect(first && same && shift(same.birthDate) - shift(first.birthDate)).toBe(1);
    expect(later.visits[0]?.visitedAt.startsWith('2027-09')).toBe(true);
  });

  it('counts what the real station counts', () => {
    expect(station.villages).toHaveLength(16);
    expect(station.grids).toHaveLength(35);
    expect(station.ferryCrossings).toHaveLength(12);
    expect(station.users.filter((u) => u.role === 'officer')).toHaveLength(20);
    expect(station.users.filter((u) => u.role === 'auxiliary')).toHaveLength(49);
  });
});
