/**
 * How good an order of households is: walk it with earliest-arrival legs (optimal for a fixed
 * order, by FIFO) and skip a household that cannot be reached, or after which home can no
 * longer be reached. The cost is lexicographic: households skipped, then arrival home. Every
 * order therefore has a feasible day, and orders that strand the officer lose to those that
 * do not, whatever their length.
 *
 * Without a return (the start is already cut off from home) only unreachable households are
 * skipped and the day ends at the last visit.
 */
import type { Legs } from './legs.ts';

/** Households skipped, then when the day ends. */
export interface Cost {
  skipped: number;
  finish: number;
}

/** Strictly better: fewer skipped, or as many and an earlier finish. */
export const better = (a: Cost, b: Cost): boolean =>
  a.skipped < b.skipped || (a.skipped === b.skipped && a.finish < b.finish);

/** Where the officer is after each position of an order: place, leaving time, skipped so far. */
export interface Trace {
  at: Int32Array;
  leave: Float64Array;
  skipped: Int32Array;
}

/** An empty trace for orders of `n` households. */
export const newTrace = (n: number): Trace => ({
  at: new Int32Array(n),
  leave: new Float64Array(n),
  skipped: new Int32Array(n),
});

/** Evaluates orders of households (place indices) from the start of one request. */
export class Route {
  /** Orders (or their tails) evaluated so far: the search's unit of work. */
  evaluations = 0;

  constructor(
    readonly legs: Legs,
    readonly now: number,
    readonly returnHome: boolean,
  ) {}

  /**
   * When the officer leaves `stop` having left `from` at `t`, or Infinity when `stop` is
   * skipped: it cannot be reached, or (with a return) home cannot be reached after it.
   */
  leaveAfter(from: number, t: number, stop: number): number {
    const { legs } = this;
    const leave = legs.arrive(from, t, stop) + legs.net.visitMs;
    return leave < Infinity && (!this.returnHome || legs.canReturn(stop, leave)) ? leave : Infinity;
  }

  /** When the day ends having left `at` at `t`: home, or there and then without a return. */
  finish(at: number, t: number): number {
    return this.returnHome ? this.legs.arrive(at, t, this.legs.net.home) : t;
  }

  /** The cost of `order`, filling `trace`. */
  cost(order: ArrayLike<number>, trace: Trace): Cost {
    return this.costFrom(order, 0, trace, trace) as Cost;
  }

  /**
   * The cost of `order`, which agrees with the incumbent `base` before position `from`, writing
   * positions from `from` on into `out`. With `bound` (the incumbent's cost) gives up with null
   * as soon as the order cannot beat it: when it skips more, or, against an incumbent that
   * skips nothing, when from position `sameFrom` on (where both orders go on alike) it is not
   * earlier than the incumbent, since by FIFO a later start of the same remainder never
   * finishes earlier. (With skips that last rule fails: a skip can make the rest earlier.)
   */
  costFrom(
    order: ArrayLike<number>,
    from: number,
    base: Trace,
    out: Trace,
    bound?: { cost: Cost; sameFrom: number },
  ): Cost | null {
    this.evaluations++;
    const net = this.legs.net;
    let at = from > 0 ? (base.at[from - 1] ?? net.start) : net.start;
    let t = from > 0 ? (base.leave[from - 1] ?? this.now) : this.now;
    let skipped = from > 0 ? (base.skipped[from - 1] ?? 0) : 0;
    for (let p = from; p < order.length; p++) {
      const stop = order[p] ?? 0;
      const leave = this.leaveAfter(at, t, stop);
      if (leave < Infinity) {
        at = stop;
        t = leave;
      } else {
        skipped++;
        // Skips only add up: past the incumbent's count (or any, when it has none) it has lost.
        if (bound && skipped > bound.cost.skipped) return null;
      }
      out.at[p] = at;
      out.leave[p] = t;
      out.skipped[p] = skipped;
      if (bound?.cost.skipped === 0 && p >= bound.sameFrom && t >= (base.leave[p] ?? Infinity)) {
        return null;
      }
    }
    return { skipped, finish: this.finish(at, t) };
  }

  /** The households `order` actually visits, and those it skips. */
  split(order: ArrayLike<number>): { visited: number[]; skipped: number[] } {
    const trace = newTrace(order.length);
    this.cost(order, trace);
    const visited: number[] = [];
    const skipped: number[] = [];
    for (let p = 0; p < order.length; p++) {
      (trace.at[p] === order[p] ? visited : skipped).push(order[p] ?? 0);
    }
    return { visited, skipped };
  }
}
