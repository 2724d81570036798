import { describe, expect, it } from 'vitest';
import { isUuidV7 } from '../../../src/shared/uuidv7.ts';
import { byId, station, TODAY } from './fixture.ts';

const { visits, households, assignments } = station;
const household = byId(households);
const SHANGHAI_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const DAY_MS = 86_400_000;

describe('demo visits', () => {
  it('has a few thousand past visits with unique UUIDv7 ids in time order', () => {
    expect(visits.length).toBeGreaterThanOrEqual(3_000);
    expect(visits.length).toBeLessThanOrEqual(5_000);
    expect(visits.every((v) => isUuidV7(v.id))).toBe(true);
    expect(new Set(visits.map((v) => v.id)).size).toBe(visits.length);
    const times = visits.map((v) => Date.parse(v.visitedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const idMs = visits.map((v) => Number.parseInt(v.id.replace('-', '').slice(0, 12), 16));
    expect(idMs).toEqual(times);
  });

  it('is made by the officer or an auxiliary of the household’s grid, from their phone', () => {
    const holders = new Set(assignments.map((a) => `${a.gridId}/${a.userId}/${a.username}`));
    const wrong = visits.filter(
      (v) =>
        household(v.householdId).gridId !== v.gridId ||
        !holders.has(`${v.gridId}/${v.userId}/${v.username}`) ||
        v.deviceName !== `${v.username} 的手机`,
    );
    expect(wrong).toEqual([]);
    expect(new Set(visits.map((v) => v.username)).size).toBeGreaterThan(50);
  });

  it('happens in working hours within the 60 days before today, received a little later', () => {
    const startOfToday = Date.parse('2026-11-20T00:00:00+08:00');
    const wrong = visits.filter((v) => {
      const visited = Date.parse(v.visitedAt);
      const received = Date.parse(v.receivedAt);
      const hour = Number(v.visitedAt.slice(11, 13));
      return (
        !SHANGHAI_ISO.test(v.visitedAt) ||
        !SHANGHAI_ISO.test(v.receivedAt) ||
        visited < startOfToday - 60 * DAY_MS ||
        visited >= startOfToday ||
        hour < 8 ||
        hour >= 18 ||
        received <= visited ||
        received - visited > 6 * 3_600_000
      );
    });
    expect(wrong).toEqual([]);
    expect(TODAY.getTime()).toBeGreaterThan(startOfToday);
  });

  it('mostly meets the residents and leaves a short note', () => {
    const met = visits.filter((v) => v.outcome === 'met').length;
    expect(met / visits.length).toBeGreaterThan(0.7);
    expect(new Set(visits.map((v) => v.outcome))).toEqual(
      new Set(['met', 'nobody_home', 'refused', 'moved']),
    );
    for (const v of visits) expect(v.notes.length).toBeGreaterThan(4);
  });
});
