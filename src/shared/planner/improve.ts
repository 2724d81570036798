/**
 * Local search on an order: 2-opt (reverse a stretch) and or-opt (move a run of 1–3 households
 * elsewhere), first improvement, until neither move helps. Every candidate is evaluated in time
 * (boats wait for nobody), from the first position it changes, with the return home; while the
 * incumbent skips nothing a candidate is dropped as soon as it falls behind (see Route.costFrom).
 */
import { better, type Cost, newTrace, type Route, type Trace } from './route.ts';

/** An order and its cost. */
export interface Scored {
  order: number[];
  cost: Cost;
}

/** Longest run of households an or-opt move carries. */
const OR_OPT_MAX = 3;

/**
 * Improves `order` until no 2-opt or or-opt move does better. With `near` (see neighbours.ts),
 * only moves that join a household to a near place are tried.
 */
export function improve(route: Route, start: number[], near?: Uint8Array): Scored {
  const n = start.length;
  const { start: first, home, places } = route.legs.net;
  const at = (p: number, outside: number) => (p < 0 || p >= n ? outside : (order[p] ?? 0));
  /** Whether a move joining `a` to `b` is worth trying. */
  const joins = (a: number, b: number) => near === undefined || near[a * places.length + b] === 1;
  const order = start.slice();
  const trace = newTrace(n);
  let cost = route.cost(order, trace);
  const cand = order.slice();
  const out = newTrace(n);

  /** Evaluates `cand` (equal to `order` before `from`, and again from `sameFrom`); keeps it if better. */
  const attempt = (from: number, sameFrom: number): boolean => {
    const c = route.costFrom(cand, from, trace, out, { cost, sameFrom });
    if (c === null || !better(c, cost)) return false;
    cost = c;
    for (let p = from; p < n; p++) order[p] = cand[p] ?? 0;
    copyTrace(out, trace, from);
    return true;
  };

  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!joins(at(i - 1, first), at(j, first)) && !joins(at(i, home), at(j + 1, home)))
          continue;
        reverseInto(order, cand, i, j);
        if (attempt(i, j + 1)) improved = true;
      }
    }
    for (let len = 1; len <= OR_OPT_MAX; len++) {
      for (let i = 0; i + len <= n; i++) {
        for (let k = 0; k + len <= n; k++) {
          if (k === i) continue;
          // The run lands between what are then positions k - 1 and k of the rest.
          const before = at(k - 1 < i ? k - 1 : k - 1 + len, first);
          const after = at(k < i ? k : k + len, home);
          if (!joins(before, at(i, first)) && !joins(at(i + len - 1, home), after)) continue;
          moveInto(order, cand, i, len, k);
          if (attempt(Math.min(i, k), Math.max(i, k) + len)) improved = true;
        }
      }
    }
  }
  return { order, cost };
}

/** `cand` = `order` with positions i..j reversed. */
function reverseInto(order: number[], cand: number[], i: number, j: number): void {
  for (let p = 0; p < order.length; p++) cand[p] = order[p] ?? 0;
  for (let a = i, b = j; a <= j; a++, b--) cand[a] = order[b] ?? 0;
}

/** `cand` = `order` with the run of `len` from `i` taken out and put back at position `k`. */
function moveInto(order: number[], cand: number[], i: number, len: number, k: number): void {
  let w = 0;
  for (let p = 0; p < order.length; p++) {
    if (w === k) for (let s = 0; s < len; s++) cand[w++] = order[i + s] ?? 0;
    if (p >= i && p < i + len) continue;
    cand[w++] = order[p] ?? 0;
  }
  if (w === k) for (let s = 0; s < len; s++) cand[w++] = order[i + s] ?? 0;
}

function copyTrace(from: Trace, to: Trace, start: number): void {
  to.at.set(from.at.subarray(start), start);
  to.leave.set(from.leave.subarray(start), start);
  to.skipped.set(from.skipped.subarray(start), start);
}
