/** The planner's request built from what the device holds, and who was visited today. */
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { buildPlanRequest, visitedToday } from '../../../src/device/plan/request.ts';
import { makeDb, outboxEntry, page, putVisit } from '../fixtures.ts';
import { MORNING, station } from './station.ts';

describe("the planner's request from the device", () => {
  it('sets off from the station (the community office) and leaves suspended boats out', async () => {
    const db = await station();
    await db.suspensions.put({
      id: 's1',
      crossingId: 'c1',
      from: '2026-11-30T08:30:00+08:00',
      until: '2026-11-30T09:30:00+08:00',
      reason: 'fog',
      note: '',
      createdAt: '2026-11-30T07:00:00+08:00',
    });
    const built = await buildPlanRequest(db, {
      now: MORNING,
      householdIds: ['h1', 'h2', 'gone'],
      position: null,
      speedKmh: 12,
      visitMinutes: 30,
    });
    if (!built) throw new Error('no request');
    const { request } = built;
    expect(built.fromStation).toBe(true);
    expect(request.home).toEqual({ location: [113.125, 22.405], bankId: 'b2' });
    expect(request.start).toEqual(request.home);
    // A household not on the device is left out rather than failing the plan.
    expect(request.stops.map((s) => [s.id, s.bankId])).toEqual([
      ['h1', 'b1'],
      ['h2', 'b1'],
    ]);
    expect(request.landings).toHaveLength(2);
    const nine = Date.parse('2026-11-30T09:00:00+08:00');
    expect(request.connections.some((c) => c.departs === nine)).toBe(false);
    expect(request.connections.filter((c) => c.from === 0).map((c) => c.departs)).toEqual([
      Date.parse('2026-11-30T10:00:00+08:00'),
      Date.parse('2026-11-30T11:00:00+08:00'),
    ]);
    expect(request).toMatchObject({ speedKmh: 12, visitMinutes: 30 });
  });

  it("sets off from the officer's position when it is on the station's land", async () => {
    const db = await station();
    const base = { now: MORNING, householdIds: ['h1'], speedKmh: 15, visitMinutes: 20 };
    const here = await buildPlanRequest(db, { ...base, position: [113.104, 22.404] });
    expect(here?.fromStation).toBe(false);
    expect(here?.request.start).toEqual({ location: [113.104, 22.404], bankId: 'b1' });
    // Far from every cell (a bad fix): the station instead.
    const far = await buildPlanRequest(db, { ...base, position: [114, 23] });
    expect(far?.fromStation).toBe(true);
  });

  it('is null before the first sync brought a station', async () => {
    const db = makeDb();
    const built = await buildPlanRequest(db, {
      now: MORNING,
      householdIds: [],
      position: null,
      speedKmh: 15,
      visitMinutes: 20,
    });
    expect(built).toBeNull();
  });
});

describe('visited today', () => {
  it('counts as visited today the visits pulled and those recorded here, on the station date', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2026-11-30T07:10:00+08:00'),
        putVisit('v2', 'h2', '2026-11-29T23:50:00+08:00'),
      ]),
    );
    await db.outbox.put(outboxEntry('m1', 'h3', '2026-11-30T07:40:00+08:00'));
    const visited = await visitedToday(db, ['h1', 'h2', 'h3', 'h4'], MORNING);
    expect([...visited].sort()).toEqual(['h1', 'h3']);
  });
});
