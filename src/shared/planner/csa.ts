/**
 * Earliest arrival over the ferry timetable with the Connection Scan Algorithm (Dibbelt,
 * Pajor, Strasser, Wagner, "Intriguingly Simple and Fast Transit Routing", SEA 2013): boats are
 * scanned once in departure order, so a boat is taken when the officer is at its landing a
 * boarding margin before it leaves, and its other end is relaxed, then the land from there to
 * the other landings on that bank. Boats only go forward in time, so one pass is exact.
 *
 * A scan starts from a place at a time and answers for every place on another bank at once;
 * same-bank trips are land only and never scanned.
 */
import { firstAtOrAfter } from '../search.ts';
import type { Network } from './network.ts';

/** Marks in `via`: reached from the origin by land. Ferries are `>= 0`, land after one `<= -2`. */
const FROM_ORIGIN = -1;
const walkFrom = (landing: number) => -2 - landing;

/** The earliest arrival at every landing from one place at one time, and how. */
export interface Scan {
  origin: number;
  time: number;
  arrival: Float64Array;
  /** Per landing: FROM_ORIGIN, the sorted connection that landed there, or a walk from one. */
  via: Int32Array;
  /** Per landing: the first boat of its journey (-1 when reached by land only). */
  first: Int32Array;
}

/** The largest of `values`, as `Math.max(...values)` gives it (NaN when any is NaN). */
function maxOf(values: Float64Array): number {
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v > max) max = v;
  }
  return max;
}

/** An empty scan to run into (`scan`'s `into`). */
export function newScan(net: Network): Scan {
  const count = net.landings.length;
  return {
    origin: -1,
    time: Number.NaN,
    arrival: new Float64Array(count),
    via: new Int32Array(count),
    first: new Int32Array(count),
  };
}

/** Runs one scan from place `origin` leaving at `time`, into `into` (reused) or a new one. */
export function scan(net: Network, origin: number, time: number, into = newScan(net)): Scan {
  const count = net.landings.length;
  const { arrival, via, first } = into;
  into.origin = origin;
  into.time = time;
  arrival.fill(Infinity);
  via.fill(FROM_ORIGIN);
  first.fill(-1);
  let unreached = count;
  for (let l = 0; l < count; l++) {
    const walk = net.placeWalk[origin * count + l] ?? Infinity;
    if (walk < Infinity) {
      arrival[l] = time + walk;
      unreached--;
    }
  }
  // The latest arrival once every landing is reached (Infinity until then). Arrivals only
  // improve, so it needs recomputing only when a landing at it improves.
  let latest = unreached > 0 ? Infinity : maxOf(arrival);
  const { departs, arrives, fromLanding, toLanding, boardMs } = net;
  for (let c = firstAtOrAfter(departs, time); c < departs.length; c++) {
    const leaves = departs[c] ?? Infinity;
    // Every landing is reached before this boat leaves: no later boat can improve anything.
    if (leaves >= latest) break;
    const from = fromLanding[c] ?? 0;
    const to = toLanding[c] ?? 0;
    const lands = arrives[c] ?? Infinity;
    if ((arrival[from] ?? Infinity) + boardMs > leaves || lands >= (arrival[to] ?? Infinity))
      continue;
    if (arrival[to] === Infinity) unreached--;
    let stale = !((arrival[to] ?? Infinity) < latest);
    arrival[to] = lands;
    via[to] = c;
    first[to] = first[from] === -1 ? c : (first[from] ?? c);
    for (const m of net.landingsOfBank[net.landingBank[to] ?? 0] ?? []) {
      const walked = lands + (net.landingWalk[to * count + m] ?? Infinity);
      if (m === to || walked >= (arrival[m] ?? Infinity)) continue;
      if (arrival[m] === Infinity) unreached--;
      if (!((arrival[m] ?? Infinity) < latest)) stale = true;
      arrival[m] = walked;
      via[m] = walkFrom(to);
      first[m] = first[to] ?? -1;
    }
    if (unreached === 0 && stale) latest = maxOf(arrival);
  }
  return into;
}

/** The earliest arrival at a place on another bank, through its best landing (-1: none). */
export function arrivalAt(net: Network, s: Scan, place: number): { time: number; landing: number } {
  const count = net.landings.length;
  let time = Infinity;
  let landing = -1;
  for (const l of net.landingsOfBank[net.places[place]?.bank ?? -1] ?? []) {
    const t = (s.arrival[l] ?? Infinity) + (net.placeWalk[place * count + l] ?? Infinity);
    if (t < time) {
      time = t;
      landing = l;
    }
  }
  return { time, landing };
}

/**
 * The latest time the origin may be left and the same journey to `landing` still be caught:
 * by FIFO, leaving any time in [scan time, this] arrives exactly as the scan says.
 */
export function latestLeave(net: Network, s: Scan, landing: number): number {
  const c = s.first[landing] ?? -1;
  if (c < 0) return Infinity;
  const boardAt = net.fromLanding[c] ?? 0;
  const walk = net.placeWalk[s.origin * net.landings.length + boardAt] ?? Infinity;
  return (net.departs[c] ?? -Infinity) - net.boardMs - walk;
}

/** One piece of a journey between banks. */
export type JourneyLeg =
  | { kind: 'land'; fromLanding: number | null; toLanding: number }
  | { kind: 'ferry'; conn: number };

/** The journey to `landing` in travel order: land from the origin, boats, land between boats. */
export function journeyTo(net: Network, s: Scan, landing: number): JourneyLeg[] {
  const legs: JourneyLeg[] = [];
  let at = landing;
  for (let v = s.via[at] ?? FROM_ORIGIN; v !== FROM_ORIGIN; v = s.via[at] ?? FROM_ORIGIN) {
    if (v >= 0) {
      legs.push({ kind: 'ferry', conn: v });
      at = net.fromLanding[v] ?? 0;
    } else {
      legs.push({ kind: 'land', fromLanding: -2 - v, toLanding: at });
      at = -2 - v;
    }
  }
  legs.push({ kind: 'land', fromLanding: null, toLanding: at });
  return legs.reverse();
}
