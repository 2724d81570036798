/**
 * A request made ready for searching (network, memoised legs, route evaluation), and the
 * answer built from a chosen order: timeline, ids, warnings. Shared by the planner, the list
 * order and the brute force, so all three are judged and reported the same way.
 */
import { Legs } from './legs.ts';
import { buildNetwork, isLastOfDay } from './network.ts';
import { Route } from './route.ts';
import { timeline } from './timeline.ts';
import type { PlanRequest, PlanResult, PlanWarning } from './types.ts';

/** A request ready for searching. */
export interface Prepared {
  request: PlanRequest;
  legs: Legs;
  route: Route;
}

/** Builds the network once and decides whether the day can end at home at all. */
export function prepare(request: PlanRequest): Prepared {
  const legs = new Legs(buildNetwork(request));
  const returnHome = legs.canReturn(legs.net.start, request.now);
  return { request, legs, route: new Route(legs, request.now, returnHome) };
}

/** The result for visiting households `visited` (indices) in order, with `skipped` left out. */
export function assemble(day: Prepared, visited: number[], skipped: number[]): PlanResult {
  const { request, legs, route } = day;
  const ids = request.stops.map((s) => s.id);
  const steps = timeline(legs, ids, visited, request.now, route.returnHome);
  const leftOut = skipped.map((k) => ids[k] ?? '');
  const warnings: PlanWarning[] = [];
  if (!route.returnHome) warnings.push({ kind: 'cannot-return' });
  if (leftOut.length > 0) warnings.push({ kind: 'left-out', stopIds: leftOut });
  const lastBoat = [...steps].reverse().find((s) => s.kind === 'ferry');
  if (
    route.returnHome &&
    lastBoat?.kind === 'ferry' &&
    isLastOfDay(legs.net, lastBoat.crossingId, lastBoat.from, lastBoat.departs)
  ) {
    warnings.push({
      kind: 'last-ferry',
      crossingId: lastBoat.crossingId,
      end: lastBoat.from,
      departs: lastBoat.departs,
    });
  }
  const last = steps.at(-1);
  const endsAt = route.returnHome && last?.kind === 'land' ? last.arrives : null;
  return {
    order: visited.map((k) => ids[k] ?? ''),
    steps,
    leftOut,
    endsAt,
    dayMinutes: endsAt === null ? null : (endsAt - request.now) / 60_000,
    warnings,
  };
}
