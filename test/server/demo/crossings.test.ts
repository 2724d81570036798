import { describe, expect, it } from 'vitest';
import { bankOutline } from '../../../server/demo/geography.ts';
import { pointInPolygon } from '../../../src/shared/geo.ts';
import { ringDistanceKm, ringsDistanceKm, segmentDistanceKm, station } from './fixture.ts';

const { ferryCrossings: crossings, grids, banks } = station;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

describe('demo ferry crossings', () => {
  it('has 12 crossings with distinct names', () => {
    expect(crossings).toHaveLength(12);
    expect(new Set(crossings.map((c) => c.name)).size).toBe(12);
    for (const c of crossings) expect(c.name).toMatch(/渡口$/);
  });

  it('joins two different banks, each end in a cell of its bank near the shore', () => {
    for (const c of crossings) {
      expect(c.bankIds[0]).not.toBe(c.bankIds[1]);
      c.ends.forEach((end, k) => {
        const bankId = c.bankIds[k] ?? '';
        const holders = grids.filter((g) => pointInPolygon(end, g.polygon));
        expect(
          holders.map((g) => g.bankId),
          `${c.name} end ${k}`,
        ).toEqual([bankId]);
        expect(ringDistanceKm(end, bankOutline(bankId))).toBeLessThan(0.15);
      });
    }
  });

  it('crosses a river between banks that really face each other', () => {
    for (const c of crossings) {
      const [a, b] = c.bankIds.map(bankOutline);
      const river = ringsDistanceKm(a ?? [], b ?? []);
      expect(river).toBeLessThan(0.45);
      const [p, q] = c.ends;
      expect(segmentDistanceKm(p, q, q)).toBeLessThan(river + 0.35);
    }
  });

  it('lets ferries reach every bank from every other', () => {
    const reached = new Set([banks[0]?.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const {
        bankIds: [a, b],
      } of crossings) {
        if (reached.has(a) !== reached.has(b)) {
          reached.add(a).add(b);
          grew = true;
        }
      }
    }
    expect(reached.size).toBe(banks.length);
  });

  it('runs most ferries at intervals and 3 or 4 on fixed departures, in plausible minutes', () => {
    const fixed = crossings.filter((c) => c.timetable.kind === 'fixed');
    expect(fixed.length).toBeGreaterThanOrEqual(3);
    expect(fixed.length).toBeLessThanOrEqual(4);
    for (const { timetable: t, crossingMinutes } of crossings) {
      expect(crossingMinutes).toBeGreaterThanOrEqual(3);
      expect(crossingMinutes).toBeLessThanOrEqual(12);
      if (t.kind === 'interval') {
        expect(t.first).toMatch(HHMM);
        expect(t.last).toMatch(HHMM);
        expect(t.first < t.last).toBe(true);
        expect(t.everyMinutes).toBeGreaterThanOrEqual(15);
        expect(t.everyMinutes).toBeLessThanOrEqual(40);
      } else {
        expect(t.departures.length).toBeGreaterThanOrEqual(6);
        expect(t.departures.length).toBeLessThanOrEqual(10);
        for (const d of t.departures) expect(d).toMatch(HHMM);
        expect([...t.departures].sort()).toEqual(t.departures);
        expect(new Set(t.departures).size).toBe(t.departures.length);
      }
    }
  });
});
