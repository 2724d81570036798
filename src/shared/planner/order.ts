/**
 * Choosing the order of the day's households. Nearest-neighbour tours (by time-dependent
 * arrival) from the households reached first, plus the officer's own list order (so a plan is
 * never worse than the list), each improved by 2-opt and or-opt; the best is then kicked out of
 * its local optimum a few times (kick.ts). Long days only try moves between near places
 * (neighbours.ts). The heuristic may still strand the officer when a feasible order exists, so
 * a day that skips someone is solved exactly when small (Held–Karp, exact.ts); a large one
 * drops households greedily, the one whose removal helps most first, until the rest returns.
 */
import { EXACT_MAX, exactBest } from './exact.ts';
import { improve, type Scored } from './improve.ts';
import { kick } from './kick.ts';
import { nearestPlaces } from './neighbours.ts';
import { better, newTrace, type Route } from './route.ts';

/** How many of the households reached first seed a nearest-neighbour tour… */
const SEEDS = 4;
/** …except up to this many households, where each one does, and every move is tried. */
const SEED_ALL = 12;

/** The households to visit in order, and those left out. */
interface Chosen {
  visited: number[];
  skipped: number[];
}

/** The planner's order for households 0..n-1. */
export function chooseOrder(route: Route, n: number): Chosen {
  let best: Scored | null = null;
  const near = n > SEED_ALL ? nearestPlaces(route, n) : undefined;
  for (const seed of seeds(route, n)) {
    const scored = improve(route, seed, near);
    if (best === null || better(scored.cost, best.cost)) best = scored;
  }
  if (best === null) return { visited: [], skipped: [] };
  best = kick(route, best, near);
  if (best.cost.skipped === 0) return route.split(best.order);
  if (n <= EXACT_MAX) return exactBest(route, n);
  return dropGreedily(route, best, near);
}

/** The list order, and nearest-neighbour tours from the households reached first. */
function seeds(route: Route, n: number): number[][] {
  if (n === 0) return [];
  const { legs, now } = route;
  const start = legs.net.start;
  const first = [...Array(n).keys()]
    .map((stop) => ({ stop, at: legs.arrive(start, now, stop) }))
    .sort((a, b) => a.at - b.at || a.stop - b.stop)
    .slice(0, n <= SEED_ALL ? n : SEEDS);
  return [[...Array(n).keys()], ...first.map(({ stop }) => nearestNeighbour(route, n, stop))];
}

/** A tour that starts at `first` and goes on to whichever household it reaches earliest. */
function nearestNeighbour(route: Route, n: number, first: number): number[] {
  const order = [first];
  const left = new Set([...Array(n).keys()].filter((k) => k !== first));
  let at = route.legs.net.start;
  let t = route.leaveAfter(at, route.now, first);
  if (t < Infinity) at = first;
  else t = route.now;
  while (left.size > 0) {
    let next = -1;
    let nextLeave = Infinity;
    for (const k of left) {
      const l = route.leaveAfter(at, t, k);
      if (l < nextLeave) {
        next = k;
        nextLeave = l;
      }
    }
    // Nothing left fits: the rest go last, in list order, and will be skipped.
    if (next < 0) return [...order, ...left];
    order.push(next);
    left.delete(next);
    at = next;
    t = nextLeave;
  }
  return order;
}

/** Leaves out, one at a time, the household whose removal gives the best day, until none is skipped. */
function dropGreedily(route: Route, start: Scored, near?: Uint8Array): Chosen {
  let best = start;
  const dropped: number[] = [];
  const trace = newTrace(best.order.length);
  while (best.cost.skipped > 0) {
    let pick = -1;
    let pickCost = best.cost;
    for (let p = 0; p < best.order.length; p++) {
      const cost = route.cost(without(best.order, p), trace);
      if (pick < 0 || better(cost, pickCost)) {
        pick = p;
        pickCost = cost;
      }
    }
    dropped.push(best.order[pick] ?? 0);
    best = improve(route, without(best.order, pick), near);
  }
  return { visited: best.order, skipped: dropped };
}

const without = (order: number[], p: number) => [...order.slice(0, p), ...order.slice(p + 1)];
