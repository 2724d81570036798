/**
 * Planning today from the device: where the day sets off, which households go in, and that the
 * timeline is kept. The planner and the GPS are stand-ins, so each choice shows in the request.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { addToDayPlan, readDayPlan, savePlanResult } from '../../../src/device/db/dayPlans.ts';
import type { FerryBeatDB } from '../../../src/device/db/schema.ts';
import { makePlan, type PlanDeps } from '../../../src/device/plan/makePlan.ts';
import type { LngLat } from '../../../src/shared/entities.ts';
import type { PlanRequest, PlanResult } from '../../../src/shared/planner/types.ts';
import { makeDb, page, putVisit } from '../fixtures.ts';
import { MORNING, station } from './station.ts';

/** A planner that visits the stops in the order asked, and remembers what it was asked. */
function deps(db: FerryBeatDB, position: LngLat | null = null) {
  const requests: PlanRequest[] = [];
  const runPlan = vi.fn(async (request: PlanRequest): Promise<PlanResult> => {
    requests.push(request);
    return {
      order: request.stops.map((s) => s.id),
      steps: [],
      leftOut: [],
      endsAt: request.now + 3_600_000,
      dayMinutes: 60,
      warnings: [],
    };
  });
  const locate = vi.fn(async () => position);
  return { db, runPlan, locate, requests } satisfies PlanDeps & Record<string, unknown>;
}

/** A first plan of h1 and h2, as the officer made it earlier this morning. */
async function plannedEarlier(db: FerryBeatDB) {
  await addToDayPlan(db, 'u1', MORNING, ['h1', 'h2']);
  await makePlan(deps(db), 'u1', MORNING);
}

const LATER = MORNING + 2 * 3_600_000;

describe("planning today's visits", () => {
  it('the first plan sets off from the station, asks for no position, and is kept', async () => {
    const db = await station();
    await addToDayPlan(db, 'u1', MORNING, ['h2', 'h1']);
    const host = deps(db, [113.104, 22.404]);
    const result = await makePlan(host, 'u1', MORNING);
    expect(host.locate).not.toHaveBeenCalled();
    const [request] = host.requests;
    expect(request?.start).toEqual(request?.home);
    expect(request?.stops.map((s) => s.id)).toEqual(['h2', 'h1']);
    expect(request).toMatchObject({ now: MORNING, speedKmh: 15, visitMinutes: 20 });
    const kept = await readDayPlan(db, 'u1', MORNING);
    expect(kept).toMatchObject({ result, fromStation: true, householdIds: ['h2', 'h1'] });
    expect(kept.plannedAt).toBe(new Date(MORNING).toISOString());
  });

  it('a re-plan sets off from where the officer is and leaves out those visited today', async () => {
    const db = await station();
    await plannedEarlier(db);
    await applyPage(db, page([putVisit('v1', 'h1', '2026-11-30T09:10:00+08:00')]));
    const host = deps(db, [113.104, 22.404]);
    await makePlan(host, 'u1', LATER);
    const [request] = host.requests;
    expect(request?.start).toEqual({ location: [113.104, 22.404], bankId: 'b1' });
    expect(request?.stops.map((s) => s.id)).toEqual(['h2']);
    const kept = await readDayPlan(db, 'u1', LATER);
    // The visited household stays in front of the new order, the day no longer from the station.
    expect(kept).toMatchObject({ householdIds: ['h1', 'h2'], fromStation: false });
  });

  it('without a GPS fix a re-plan sets off from the last household visited today', async () => {
    const db = await station();
    await addToDayPlan(db, 'u1', MORNING, ['h1', 'h2', 'h3']);
    await savePlanResult(
      db,
      'u1',
      MORNING,
      { order: ['h1', 'h2'], steps: [], leftOut: [], endsAt: null, dayMinutes: null, warnings: [] },
      true,
    );
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2026-11-30T09:10:00+08:00'),
        putVisit('v2', 'h2', '2026-11-30T09:40:00+08:00'),
        // Yesterday's visit is no reason to set off from there.
        putVisit('v3', 'h3', '2026-11-29T16:00:00+08:00'),
      ]),
    );
    const host = deps(db, null);
    await makePlan(host, 'u1', LATER);
    expect(host.locate).toHaveBeenCalledOnce();
    expect(host.requests[0]?.start).toEqual({ location: [113.107, 22.407], bankId: 'b1' });
  });

  it('plans nothing before the first sync brought a station', async () => {
    const db = makeDb();
    await addToDayPlan(db, 'u1', MORNING, ['h1']);
    const host = deps(db);
    expect(await makePlan(host, 'u1', MORNING)).toBeNull();
    expect(host.runPlan).not.toHaveBeenCalled();
    expect((await readDayPlan(db, 'u1', MORNING)).result).toBeNull();
  });
});
