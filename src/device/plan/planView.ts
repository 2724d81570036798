/** What the plan screen shows, read in one go: today's plan with the names it needs. */
import type { Crossing, Household } from '../../shared/entities.ts';
import { readDayPlan } from '../db/dayPlans.ts';
import { allCrossings } from '../db/ferries.ts';
import { householdsByIds } from '../db/households.ts';
import type { DayPlanRecord, FerryBeatDB } from '../db/schema.ts';
import { visitedToday } from './request.ts';
import { suggestHouseholds } from './suggest.ts';

/** Today's plan, the households and crossings it names, which are done, and what to suggest. */
export interface PlanView {
  plan: DayPlanRecord;
  households: ReadonlyMap<string, Household>;
  crossings: ReadonlyMap<string, Crossing>;
  /** Of the plan's households, those visited today. */
  visited: ReadonlySet<string>;
  /** Households to offer while the plan is empty (none once it has picks). */
  suggested: string[];
}

/** Reads today's plan of `userId`, whose cells are `gridIds`, at `now` (epoch ms). */
export async function readPlanView(
  db: FerryBeatDB,
  userId: string,
  gridIds: readonly string[],
  now: number,
): Promise<PlanView> {
  const plan = await readDayPlan(db, userId, now);
  const [households, crossings, visited, suggested] = await Promise.all([
    householdsByIds(db, plan.householdIds),
    allCrossings(db),
    visitedToday(db, plan.householdIds, now),
    plan.householdIds.length === 0 ? suggestHouseholds(db, gridIds, now) : [],
  ]);
  return {
    plan,
    households: new Map(households.flatMap((h) => (h ? [[h.id, h] as const] : []))),
    crossings: new Map(crossings.map((c) => [c.id, c])),
    visited,
    suggested,
  };
}
