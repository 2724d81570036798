/**
 * The exact day for up to EXACT_MAX households: Held–Karp's dynamic programme over subsets, on
 * the earliest time the officer can leave the last household of each (subset, last) pair. By
 * FIFO leaving earlier never hurts, so keeping only the earliest per pair is exact even with
 * boats. It answers both questions the heuristic may get wrong: whether every household fits
 * with a return home, and if not, which most households do, ending home earliest.
 */
import { better, type Cost, type Route } from './route.ts';

/** The most households the subset programme takes (2^n·n states, n² legs per subset). */
export const EXACT_MAX = 10;

/** The best day over households 0..n-1: most visited, then earliest home. */
export function exactBest(route: Route, n: number): { visited: number[]; skipped: number[] } {
  if (n > EXACT_MAX) throw new RangeError(`exactBest takes at most ${EXACT_MAX} households`);
  const { now } = route;
  const net = route.legs.net;
  const subsets = 1 << n;
  const leave = new Float64Array(subsets * n).fill(Infinity);
  const prev = new Int8Array(subsets * n).fill(-1);
  for (let j = 0; j < n; j++) leave[(1 << j) * n + j] = route.leaveAfter(net.start, now, j);
  for (let set = 1; set < subsets; set++) {
    for (let j = 0; j < n; j++) {
      const t = leave[set * n + j] ?? Infinity;
      if (t === Infinity) continue;
      for (let k = 0; k < n; k++) {
        if (set & (1 << k)) continue;
        const l = route.leaveAfter(j, t, k);
        const next = (set | (1 << k)) * n + k;
        if (l < (leave[next] ?? Infinity)) {
          leave[next] = l;
          prev[next] = j;
        }
      }
    }
  }

  let best: Cost = { skipped: n, finish: route.finish(net.start, now) };
  let bestSet = 0;
  let bestLast = -1;
  for (let set = 1; set < subsets; set++) {
    for (let j = 0; j < n; j++) {
      const t = leave[set * n + j] ?? Infinity;
      if (t === Infinity) continue;
      const cost = { skipped: n - popcount(set), finish: route.finish(j, t) };
      if (better(cost, best)) {
        best = cost;
        bestSet = set;
        bestLast = j;
      }
    }
  }

  const visited: number[] = [];
  for (let set = bestSet, j = bestLast; j >= 0; ) {
    visited.push(j);
    const p = prev[set * n + j] ?? -1;
    set &= ~(1 << j);
    j = p;
  }
  visited.reverse();
  const skipped = [...Array(n).keys()].filter((k) => !(bestSet & (1 << k)));
  return { visited, skipped };
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v; v &= v - 1) count++;
  return count;
}
