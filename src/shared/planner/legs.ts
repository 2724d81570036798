/**
 * Leg times: when the officer arrives at one place of the day having left another at a time.
 * The improvement moves ask this hundreds of thousands of times for a 30-household day, so
 * cross-bank answers are memoised per (from, to) as intervals of departure times, using FIFO:
 * waiting is allowed, so leaving later never arrives earlier. A scan leaving at `t` that
 * arrives at `a` by a journey whose first boat can still be caught leaving at `L` proves that
 * every departure in [t, L] arrives at exactly `a`; an unreachable answer holds for every later
 * departure. One scan fills the intervals of every destination at once, so a day needs a few
 * scans per place (one per first boat), not one per question, and the answers stay exact (no
 * rounding of departure times).
 */
import { firstAfter } from '../search.ts';
import { arrivalAt, latestLeave, newScan, type Scan, scan } from './csa.ts';
import type { Network } from './network.ts';

/** Departure-time intervals [lo, hi] of one (from, to) pair with their arrival, sorted by lo. */
class Steps {
  lo: number[] = [];
  hi: number[] = [];
  at: number[] = [];

  /** The arrival for leaving at `t`, or undefined when no interval holds it. */
  find(t: number): number | undefined {
    const i = firstAfter(this.lo, t) - 1;
    return i >= 0 && t <= (this.hi[i] ?? -Infinity) ? this.at[i] : undefined;
  }

  /** Adds [lo, hi] → at, joining an interval it overlaps (both are exact, so they agree). */
  add(lo: number, hi: number, at: number): void {
    // Searching from the end: a day mostly asks later and later.
    let i = this.lo.length;
    while (i > 0 && (this.lo[i - 1] ?? 0) >= lo) i--;
    const before = i - 1;
    if (before >= 0 && (this.hi[before] ?? -Infinity) >= lo && this.at[before] === at) {
      this.hi[before] = Math.max(this.hi[before] ?? hi, hi);
      return;
    }
    this.lo.splice(i, 0, lo);
    this.hi.splice(i, 0, hi);
    this.at.splice(i, 0, at);
  }
}

/** Memoised leg times over one network. */
export class Legs {
  readonly net: Network;
  private readonly steps: (Steps | undefined)[];
  private readonly places: number;
  /** Per place, the latest time it can be left with home still reachable (NaN: not yet known). */
  private readonly returnBy: Float64Array;
  /** The scan the cache fills from, reused: its answers are copied out at once. */
  private readonly scratch: Scan;
  /** Scans run so far, for the benchmark. */
  scans = 0;

  constructor(net: Network) {
    this.net = net;
    this.places = net.places.length;
    this.steps = new Array(this.places * this.places);
    this.returnBy = new Float64Array(this.places).fill(Number.NaN);
    this.scratch = newScan(net);
  }

  /** Arrival at place `to` leaving place `from` at `t`; Infinity when no boat gets there today. */
  arrive(from: number, t: number, to: number): number {
    const walk = this.net.placeToPlace[from * this.places + to] ?? Infinity;
    if (walk < Infinity) return t + walk;
    const known = this.steps[from * this.places + to]?.find(t);
    if (known !== undefined) return known;
    this.scans++;
    this.remember(scan(this.net, from, t, this.scratch));
    return this.steps[from * this.places + to]?.find(t) ?? Infinity;
  }

  /** Whether home can still be reached leaving `from` at `t`. */
  canReturn(from: number, t: number): boolean {
    let by = this.returnBy[from] ?? Number.NaN;
    if (Number.isNaN(by)) {
      by = this.latestReturn(from);
      this.returnBy[from] = by;
    }
    return t <= by;
  }

  /**
   * The latest time `from` can be left with home still reachable. By FIFO reachability only
   * ends once, and it ends when the last journey home misses its first boat, so the answer is
   * one of the boats leaving this bank less the boarding margin and the land to its landing:
   * a binary search over those, each probe an ordinary (memoised) leg.
   */
  private latestReturn(from: number): number {
    const { net } = this;
    if (net.placeToPlace[from * this.places + net.home] !== Infinity) return Infinity;
    const count = net.landings.length;
    const bank = net.places[from]?.bank;
    const candidates: number[] = [];
    for (let c = 0; c < net.departs.length; c++) {
      const l = net.fromLanding[c] ?? 0;
      if (net.landingBank[l] !== bank) continue;
      const walk = net.placeWalk[from * count + l] ?? Infinity;
      candidates.push((net.departs[c] ?? 0) - net.boardMs - walk);
    }
    candidates.sort((a, b) => a - b);
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.arrive(from, candidates[mid] ?? 0, net.home) < Infinity) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (candidates[lo - 1] ?? -Infinity) : -Infinity;
  }

  /** A fresh scan, for the timeline's journeys. */
  scanFrom(from: number, t: number): Scan {
    this.scans++;
    return scan(this.net, from, t);
  }

  private remember(s: Scan): void {
    const { net } = this;
    const bank = net.places[s.origin]?.bank;
    for (let to = 0; to < this.places; to++) {
      if (net.places[to]?.bank === bank) continue;
      const { time, landing } = arrivalAt(net, s, to);
      const hi = time < Infinity ? latestLeave(net, s, landing) : Infinity;
      const key = s.origin * this.places + to;
      const steps = this.steps[key] ?? new Steps();
      this.steps[key] = steps;
      steps.add(s.time, hi, time);
    }
  }
}
