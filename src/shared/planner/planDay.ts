/**
 * The day planner's entry points. Pure and synchronous: the worker calls `planDay` with the
 * households an officer picked, the landings and the boats of the day, and the clock as `now`.
 *
 * Replanning during the day (a household took longer, a boat was cancelled, a new household
 * was added) is the same call from where the officer stands: `now` and `start` become the
 * current time and place, `stops` the households not yet visited, `connections` the boats as
 * they now run. `replan` does exactly that.
 */
import { assemble, prepare } from './day.ts';
import { chooseOrder } from './order.ts';
import type { PlanPlace, PlanRequest, PlanResult } from './types.ts';

/** Orders the day's households, returning home before the last boat, or says why it cannot. */
export function planDay(request: PlanRequest): PlanResult {
  const day = prepare(request);
  const { visited, skipped } = chooseOrder(day.route, request.stops.length);
  return assemble(day, visited, skipped);
}

/** The day in the officer's own list order, skipping households that would strand them. */
export function planInOrder(request: PlanRequest): PlanResult {
  const day = prepare(request);
  const { visited, skipped } = day.route.split([...request.stops.keys()]);
  return assemble(day, visited, skipped);
}

/** `planDay` again from where the officer is at `now`, without the households already done. */
export function replan(
  request: PlanRequest,
  now: number,
  start: PlanPlace,
  done: Iterable<string>,
): PlanResult {
  const visited = new Set(done);
  return planDay({
    ...request,
    now,
    start,
    stops: request.stops.filter((s) => !visited.has(s.id)),
  });
}
