/**
 * Planning today: choose where the day sets off, build the planner's request from the device,
 * run the planner and save the timeline, so a reload shows it again. The planner runs where the
 * host puts it (the device worker, or the page's thread) and the GPS is the page's: both are
 * injected, so a test drives this on fake-indexeddb with a planner and a position of its own.
 */
import type { LngLat } from '../../shared/entities.ts';
import type { PlanRequest, PlanResult } from '../../shared/planner/types.ts';
import { readDayPlan, savePlanResult } from '../db/dayPlans.ts';
import { householdById } from '../db/households.ts';
import type { DayPlanRecord, FerryBeatDB } from '../db/schema.ts';
import { buildPlanRequest, visitedToday } from './request.ts';

/** What planning needs from its host. */
export interface PlanDeps {
  db: FerryBeatDB;
  /** The day planner. */
  runPlan: (request: PlanRequest) => Promise<PlanResult>;
  /** Where the officer is now, or null without a fix; asked only when re-planning. */
  locate: () => Promise<LngLat | null>;
}

/**
 * Plans the households of `userId`'s plan not yet visited today, from now, and saves the
 * timeline. The first plan sets off from the station; a re-plan (a timeline was made before)
 * from where the officer is. Null when the device holds no station yet (before the first sync).
 */
export async function makePlan(
  deps: PlanDeps,
  userId: string,
  now: number,
): Promise<PlanResult | null> {
  const { db } = deps;
  const plan = await readDayPlan(db, userId, now);
  const visited = await visitedToday(db, plan.householdIds, now);
  const built = await buildPlanRequest(db, {
    now,
    householdIds: plan.householdIds.filter((id) => !visited.has(id)),
    position: plan.result === null ? null : await whereNow(deps, plan, visited),
    speedKmh: plan.speedKmh,
    visitMinutes: plan.visitMinutes,
  });
  if (!built) return null;
  const result = await deps.runPlan(built.request);
  await savePlanResult(db, userId, now, result, built.fromStation);
  return result;
}

/**
 * Where a re-plan sets off: the GPS fix, else the last household of the plan visited today,
 * else nowhere known (null: the station).
 */
async function whereNow(
  { db, locate }: PlanDeps,
  plan: DayPlanRecord,
  visited: ReadonlySet<string>,
): Promise<LngLat | null> {
  const fix = await locate();
  if (fix) return fix;
  const lastDone = [...plan.householdIds].reverse().find((id) => visited.has(id));
  if (lastDone === undefined) return null;
  return (await householdById(db, lastDone))?.location ?? null;
}
