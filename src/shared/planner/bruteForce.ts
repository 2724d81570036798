/**
 * The best day by trying every order of up to BRUTE_FORCE_MAX households, judged exactly as the
 * planner judges its own (Route: skip who would strand the officer, then fewest skipped, then
 * earliest home). For tests and the benchmark only: n! grows too fast for a phone.
 */
import { assemble, prepare } from './day.ts';
import { better, type Cost } from './route.ts';
import type { PlanRequest, PlanResult } from './types.ts';

/** The most households `bruteForceDay` takes. */
const BRUTE_FORCE_MAX = 8;

/** The optimal day over every permutation of the request's households. */
export function bruteForceDay(request: PlanRequest): PlanResult {
  const n = request.stops.length;
  if (n > BRUTE_FORCE_MAX)
    throw new RangeError(`bruteForceDay takes at most ${BRUTE_FORCE_MAX} households`);
  const day = prepare(request);
  const { route } = day;
  const net = route.legs.net;
  let best: Cost | null = null;
  let bestVisited: number[] = [];
  const path: number[] = [];
  const used = new Array<boolean>(n).fill(false);

  // Depth-first over permutations, sharing prefixes; a skipped household adds no time.
  const visit = (depth: number, at: number, t: number, skipped: number): void => {
    if (depth === n) {
      const cost = { skipped, finish: route.finish(at, t) };
      if (best === null || better(cost, best)) {
        best = cost;
        bestVisited = path.slice();
      }
      return;
    }
    for (let k = 0; k < n; k++) {
      if (used[k]) continue;
      used[k] = true;
      const leave = route.leaveAfter(at, t, k);
      if (leave < Infinity) {
        path.push(k);
        visit(depth + 1, k, leave, skipped);
        path.pop();
      } else {
        visit(depth + 1, at, t, skipped + 1);
      }
      used[k] = false;
    }
  };
  visit(0, net.start, route.now, 0);
  const skipped = [...Array(n).keys()].filter((k) => !bestVisited.includes(k));
  return assemble(day, bestVisited, skipped);
}
