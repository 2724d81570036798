/**
 * Today's plan on the device: the households an officer picked and the last planned timeline,
 * one record per officer and station date (dayPlans). Every change is one small transaction,
 * so a plan survives reloads and crashes like a visit does.
 */
import { PLAN_DEFAULTS, type PlanResult } from '../../shared/planner/types.ts';
import { stationDate } from '../../shared/stationTime.ts';
import type { DayPlanRecord, FerryBeatDB } from './schema.ts';

const keyOf = (userId: string, date: string) => `${userId}:${date}`;

function emptyPlan(userId: string, date: string, now: number): DayPlanRecord {
  return {
    key: keyOf(userId, date),
    userId,
    date,
    householdIds: [],
    plannedAt: null,
    result: null,
    fromStation: true,
    speedKmh: PLAN_DEFAULTS.speedKmh,
    visitMinutes: PLAN_DEFAULTS.visitMinutes,
    updatedAt: new Date(now).toISOString(),
  };
}

/** The officer's plan for the day of `now`; an empty one (not stored) when none was made. */
export async function readDayPlan(
  db: FerryBeatDB,
  userId: string,
  now: number,
): Promise<DayPlanRecord> {
  const date = stationDate(now);
  return (await db.dayPlans.get(keyOf(userId, date))) ?? emptyPlan(userId, date, now);
}

/** Changes today's plan with `change`, in one transaction. */
async function updateDayPlan(
  db: FerryBeatDB,
  userId: string,
  now: number,
  change: (plan: DayPlanRecord) => Partial<DayPlanRecord>,
): Promise<DayPlanRecord> {
  return db.transaction('rw', db.dayPlans, async () => {
    const plan = await readDayPlan(db, userId, now);
    const next = { ...plan, ...change(plan), updatedAt: new Date(now).toISOString() };
    await db.dayPlans.put(next);
    return next;
  });
}

/** Adds households to the end of today's plan (those already in it stay where they are). */
export function addToDayPlan(db: FerryBeatDB, userId: string, now: number, ids: string[]) {
  return updateDayPlan(db, userId, now, (plan) => {
    const added = ids.filter((id) => !plan.householdIds.includes(id));
    if (added.length === 0) return {};
    return { householdIds: [...plan.householdIds, ...added], result: null };
  });
}

/** Takes a household out of today's plan. */
export function removeFromDayPlan(db: FerryBeatDB, userId: string, now: number, id: string) {
  return updateDayPlan(db, userId, now, (plan) => ({
    householdIds: plan.householdIds.filter((other) => other !== id),
    result: null,
  }));
}

/** Empties today's plan. */
export function clearDayPlan(db: FerryBeatDB, userId: string, now: number) {
  return updateDayPlan(db, userId, now, () => ({ householdIds: [], result: null }));
}

/** The settings an officer can change: land speed and time per household. */
export type PlanSettings = Partial<Pick<DayPlanRecord, 'speedKmh' | 'visitMinutes'>>;

/** Changes the plan's settings; the last timeline is dropped, planned again on request. */
export function changePlanSettings(
  db: FerryBeatDB,
  userId: string,
  now: number,
  settings: PlanSettings,
) {
  return updateDayPlan(db, userId, now, () => ({ ...settings, result: null }));
}

/**
 * Stores a planned timeline: the households in its order, left-out ones after them. Picks the
 * plan did not cover (visited before a re-plan) stay in front, in their order.
 */
export function savePlanResult(
  db: FerryBeatDB,
  userId: string,
  now: number,
  result: PlanResult,
  fromStation: boolean,
) {
  return updateDayPlan(db, userId, now, (plan) => {
    const planned = new Set([...result.order, ...result.leftOut]);
    const before = plan.householdIds.filter((id) => !planned.has(id));
    return {
      householdIds: [...before, ...result.order, ...result.leftOut],
      result,
      fromStation,
      plannedAt: new Date(now).toISOString(),
    };
  });
}
