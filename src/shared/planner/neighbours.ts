/**
 * Candidate lists for the improvement moves on long days: a move is only tried when it joins
 * a household to one of its K nearest (as in Lin–Kernighan and LKH), which keeps a 30-household
 * day fast and loses little, since good days rarely join far-apart places. "Near" is the mean
 * leg time over several departures from `now`, so one lucky or unlucky boat does not decide it.
 */
import type { Route } from './route.ts';

/** Households joined to each place by the moves. */
const NEAREST = 8;
/** Departures the proximity averages over, minutes after `now`. */
const SAMPLES = [0, 15, 30, 45];

/** Whether place `b` is among the NEAREST of place `a` (P×P, places as in the network). */
export function nearestPlaces(route: Route, n: number): Uint8Array {
  const { legs, now } = route;
  const net = legs.net;
  const places = net.places.length;
  const near = new Uint8Array(places * places);
  for (let a = 0; a < places; a++) {
    const byTime: { b: number; time: number }[] = [];
    for (let b = 0; b < places; b++) {
      if (b === a || (b >= n && a >= n)) continue;
      let sum = 0;
      for (const minutes of SAMPLES) {
        const t = now + minutes * 60_000;
        // Unreachable pairs sort last rather than poisoning the mean with Infinity.
        sum += Math.min(legs.arrive(a, t, b) - t, 86_400_000);
      }
      byTime.push({ b, time: sum });
    }
    byTime.sort((x, y) => x.time - y.time || x.b - y.b);
    for (const { b } of byTime.slice(0, NEAREST)) {
      near[a * places + b] = 1;
      near[b * places + a] = 1;
    }
  }
  return near;
}
