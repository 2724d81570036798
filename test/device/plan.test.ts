import { describe, expect, it } from 'vitest';
import {
  addToDayPlan,
  readDayPlan,
  removeFromDayPlan,
  savePlanResult,
  stationDate,
} from '../../src/device/plan/dayPlan.ts';
import { buildPlanRequest, visitedToday } from '../../src/device/plan/request.ts';
import { applyPage } from '../../src/device/sync/apply.ts';
import type { Crossing, Grid, LngLat, Village } from '../../src/shared/entities.ts';
import type { PlanResult } from '../../src/shared/planner/types.ts';
import { household, makeDb, page, putVisit } from './fixtures.ts';

/** 08:00 on 30 Nov 2026 at the station (a Monday). */
const MORNING = Date.parse('2026-11-30T08:00:00+08:00');

const square = (x: number): LngLat[] => [
  [x, 22.4],
  [x + 0.01, 22.4],
  [x + 0.01, 22.41],
  [x, 22.41],
];
const grids: Grid[] = [
  { id: 'g1', name: '一格', villageId: 'v1', bankId: 'b1', polygon: square(113.1) },
  { id: 'g2', name: '二格', villageId: 'v2', bankId: 'b2', polygon: square(113.12) },
];
const villages: Village[] = [
  { id: 'v1', name: '莲腰村', kind: 'village', bankId: 'b1', office: [113.105, 22.405] },
  { id: 'v2', name: '睦洲社区', kind: 'community', bankId: 'b2', office: [113.125, 22.405] },
];
const crossing: Crossing = {
  id: 'c1',
  name: '甲渡口',
  bankIds: ['b1', 'b2'],
  ends: [
    [113.109, 22.405],
    [113.121, 22.405],
  ],
  endNames: ['甲渡口·西岸', '甲渡口·东岸'],
  crossingMinutes: 5,
  timetable: {
    timeZone: 'Asia/Shanghai',
    services: [
      { id: 'd', weekdays: '1111111', start: '20260101', end: '20271231', added: [], removed: [] },
    ],
    runs: ([0, 1] as const).map((from) => ({
      serviceId: 'd',
      from,
      duration: 300,
      times: [9 * 3600, 10 * 3600, 11 * 3600],
      frequencies: [],
    })),
  },
};

async function station() {
  const db = makeDb();
  await db.grids.bulkPut(grids);
  await db.villages.bulkPut(villages);
  await db.crossings.put(crossing);
  await db.households.bulkPut([
    household('h1', { gridId: 'g1', location: [113.103, 22.403] }),
    household('h2', { gridId: 'g1', location: [113.107, 22.407] }),
  ]);
  return db;
}

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

describe("an officer's plan for today", () => {
  it('keeps picks per officer and station day, without repeats, and forgets the timeline when they change', async () => {
    const db = makeDb();
    await addToDayPlan(db, 'u1', MORNING, ['h1', 'h2']);
    await addToDayPlan(db, 'u1', MORNING, ['h2', 'h3']);
    expect((await readDayPlan(db, 'u1', MORNING)).householdIds).toEqual(['h1', 'h2', 'h3']);
    expect((await readDayPlan(db, 'u2', MORNING)).householdIds).toEqual([]);
    // 00:30 the next day at the station is another plan, whatever the phone's zone.
    const tomorrow = Date.parse('2026-12-01T00:30:00+08:00');
    expect(stationDate(tomorrow)).toBe('20261201');
    expect((await readDayPlan(db, 'u1', tomorrow)).householdIds).toEqual([]);

    const result: PlanResult = {
      order: ['h3', 'h1'],
      steps: [],
      leftOut: ['h2'],
      endsAt: MORNING + 3_600_000,
      dayMinutes: 60,
      warnings: [{ kind: 'left-out', stopIds: ['h2'] }],
    };
    await savePlanResult(db, 'u1', MORNING, result, true);
    const planned = await readDayPlan(db, 'u1', MORNING);
    expect(planned.householdIds).toEqual(['h3', 'h1', 'h2']);
    expect(planned.result).toEqual(result);
    await removeFromDayPlan(db, 'u1', MORNING, 'h1');
    const changed = await readDayPlan(db, 'u1', MORNING);
    expect(changed.householdIds).toEqual(['h3', 'h2']);
    expect(changed.result).toBeNull();
  });

  it('a re-plan keeps the households visited before it in front', async () => {
    const db = makeDb();
    await addToDayPlan(db, 'u1', MORNING, ['h1', 'h2', 'h3']);
    const replanned: PlanResult = {
      order: ['h3', 'h2'],
      steps: [],
      leftOut: [],
      endsAt: null,
      dayMinutes: null,
      warnings: [],
    };
    await savePlanResult(db, 'u1', MORNING, replanned, false);
    const plan = await readDayPlan(db, 'u1', MORNING);
    expect(plan.householdIds).toEqual(['h1', 'h3', 'h2']);
    expect(plan.fromStation).toBe(false);
  });

  it('counts as visited today the visits pulled and those recorded here, on the station date', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2026-11-30T07:10:00+08:00'),
        putVisit('v2', 'h2', '2026-11-29T23:50:00+08:00'),
      ]),
    );
    await db.outbox.put({
      id: 'm1',
      type: 'visit.record',
      createdAt: '2026-11-30T07:40:00+08:00',
      payload: {
        householdId: 'h3',
        visitedAt: '2026-11-30T07:40:00+08:00',
        outcome: 'met',
        notes: '',
      },
      userId: 'u1',
      householdId: 'h3',
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      syncedAt: null,
    });
    const visited = await visitedToday(db, ['h1', 'h2', 'h3', 'h4'], MORNING);
    expect([...visited].sort()).toEqual(['h1', 'h3']);
  });
});
