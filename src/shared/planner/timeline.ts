/**
 * The day as steps: for each household the land and boats to it, then the visit; home at the
 * end. Cross-bank legs replay a scan from the exact leaving time, so each step starts when the
 * one before ends and the day ends exactly when the route evaluation said.
 */
import { arrivalAt, journeyTo } from './csa.ts';
import { roadKm } from './land.ts';
import type { Legs } from './legs.ts';
import type { PlanStep } from './types.ts';

/** Where a land step ends, as the timeline names it. */
type Target = { to: 'stop' | 'home'; toId: string | null };

/** The steps of visiting `visited` (household indices) in order from the start at `now`. */
export function timeline(
  legs: Legs,
  ids: readonly string[],
  visited: readonly number[],
  now: number,
  returnHome: boolean,
): PlanStep[] {
  const net = legs.net;
  const steps: PlanStep[] = [];
  let at = net.start;
  let t = now;
  for (const stop of visited) {
    t = travel(legs, steps, at, t, stop, { to: 'stop', toId: ids[stop] ?? null });
    steps.push({ kind: 'visit', stopId: ids[stop] ?? '', arrives: t, leaves: t + net.visitMs });
    t += net.visitMs;
    at = stop;
  }
  if (returnHome) travel(legs, steps, at, t, net.home, { to: 'home', toId: null });
  return steps;
}

/** Appends the steps from place `from` leaving at `t` to place `to`; returns the arrival. */
function travel(
  legs: Legs,
  steps: PlanStep[],
  from: number,
  t: number,
  to: number,
  target: Target,
): number {
  const net = legs.net;
  const place = (p: number) => net.places[p]?.location ?? [0, 0];
  const landingAt = (l: number) => net.landings[l]?.location ?? [0, 0];
  const landStep = (
    a: [number, number],
    b: [number, number],
    departs: number,
    arrives: number,
    end: Target | number,
  ) => {
    const km = Math.round(roadKm(net.land, a, b) * 1000) / 1000;
    const where =
      typeof end === 'number'
        ? { to: 'landing' as const, toId: net.landings[end]?.crossingId ?? null }
        : end;
    steps.push({ kind: 'land', ...where, departs, arrives, km });
    return arrives;
  };
  const direct = net.placeToPlace[from * net.places.length + to] ?? Infinity;
  if (direct < Infinity) return landStep(place(from), place(to), t, t + direct, target);

  const s = legs.scanFrom(from, t);
  const { time, landing } = arrivalAt(net, s, to);
  if (time === Infinity)
    throw new Error('timeline: a leg the route evaluation kept has no journey');
  const L = net.landings.length;
  let now = t;
  for (const leg of journeyTo(net, s, landing)) {
    if (leg.kind === 'land') {
      const { fromLanding: a, toLanding: b } = leg;
      const walk =
        a === null ? (net.placeWalk[from * L + b] ?? 0) : (net.landingWalk[a * L + b] ?? 0);
      now = landStep(a === null ? place(from) : landingAt(a), landingAt(b), now, now + walk, b);
    } else {
      const c = net.conns[leg.conn];
      if (!c) continue;
      steps.push({
        kind: 'wait',
        crossingId: c.crossingId,
        end: c.from,
        from: now,
        until: c.departs,
      });
      steps.push({
        kind: 'ferry',
        crossingId: c.crossingId,
        from: c.from,
        departs: c.departs,
        arrives: c.arrives,
      });
      now = c.arrives;
    }
  }
  return landStep(landingAt(landing), place(to), now, time, target);
}
