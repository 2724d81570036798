/** Today's plan per officer and station day: picks, settings and the last timeline. */
import { describe, expect, it } from 'vitest';
import {
  addToDayPlan,
  changePlanSettings,
  clearDayPlan,
  readDayPlan,
  removeFromDayPlan,
  savePlanResult,
} from '../../../src/device/db/dayPlans.ts';
import type { PlanResult } from '../../../src/shared/planner/types.ts';
import { stationDate } from '../../../src/shared/stationTime.ts';
import { makeDb } from '../fixtures.ts';

/** 08:00 on 30 Nov 2026 at the station (a Monday). */
const MORNING = Date.parse('2026-11-30T08:00:00+08:00');

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
});

describe("changing today's plan", () => {
  const planned: PlanResult = {
    order: ['h1'],
    steps: [],
    leftOut: [],
    endsAt: null,
    dayMinutes: null,
    warnings: [],
  };

  it('a new setting keeps the picks and drops the timeline until the next plan', async () => {
    const db = makeDb();
    await addToDayPlan(db, 'u1', MORNING, ['h1']);
    await savePlanResult(db, 'u1', MORNING, planned, true);
    await changePlanSettings(db, 'u1', MORNING, { speedKmh: 20 });
    expect(await readDayPlan(db, 'u1', MORNING)).toMatchObject({
      householdIds: ['h1'],
      speedKmh: 20,
      result: null,
    });
  });

  it('clearing empties the picks and the timeline, and keeps the settings', async () => {
    const db = makeDb();
    await addToDayPlan(db, 'u1', MORNING, ['h1', 'h2']);
    await changePlanSettings(db, 'u1', MORNING, { visitMinutes: 45 });
    await savePlanResult(db, 'u1', MORNING, planned, true);
    await clearDayPlan(db, 'u1', MORNING);
    expect(await readDayPlan(db, 'u1', MORNING)).toMatchObject({
      householdIds: [],
      visitMinutes: 45,
      result: null,
    });
  });
});
