import { describe, expect, it } from 'vitest';
import { bruteForceDay } from '../../../src/shared/planner/bruteForce.ts';
import { planDay, planInOrder, replan } from '../../../src/shared/planner/planDay.ts';
import type { PlanResult } from '../../../src/shared/planner/types.ts';
import {
  at,
  dayRequest,
  households,
  pointOn,
  type RiverTown,
  randomDay,
  riverTown,
  seeded,
} from '../../support/riverTowns.ts';

const dayLength = (plan: PlanResult, now: number) => (plan.endsAt ?? Infinity) - now;

/** Two banks, one crossing; the last boat back to the station's bank leaves at 17:00. */
function lastBoatAtFive(): RiverTown {
  return riverTown({ banks: 2, crossingsPerRiver: 1, everyMinutes: 30, last: '17:00' });
}

describe('the day planner against every order (brute force)', () => {
  it('on 100 random small days is feasible whenever the optimum is, within 1.25× of its length', () => {
    const ratios: number[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const request = randomDay(seed, 2, 8);
      const plan = planDay(request);
      const best = bruteForceDay(request);
      // Never better than the optimum: that would mean the two judge days differently.
      expect(plan.leftOut.length).toBeGreaterThanOrEqual(best.leftOut.length);
      // Up to 10 households a day that skips anyone is solved exactly, so as many fit.
      expect(plan.leftOut.length, `seed ${seed}`).toBe(best.leftOut.length);
      if (best.endsAt === null) continue;
      const ratio = dayLength(plan, request.now) / dayLength(best, request.now);
      expect(ratio, `seed ${seed}`).toBeGreaterThanOrEqual(1);
      expect(ratio, `seed ${seed}`).toBeLessThanOrEqual(1.25);
      ratios.push(ratio);
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeLessThan(1.03);
  });
});

describe('the last ferry', () => {
  it('is not missed when visiting in list order would strand the officer but another order returns', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const stops = [
      { id: 'a1', ...pointOn(home, 0.2, 0.2) },
      { id: 'a2', ...pointOn(home, 0.4, 0.8) },
      { id: 'a3', ...pointOn(home, 0.3, 0.5) },
      { id: 'far', ...pointOn(far, 0.3, 0.5) },
    ];
    const request = dayRequest(town, stops, { now: at('15:00') });
    const listed = planInOrder(request);
    expect(listed.leftOut).toEqual(['far']);
    const plan = planDay(request);
    expect(plan.leftOut).toEqual([]);
    expect(plan.order).toContain('far');
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'land', to: 'home' });
    expect(plan.warnings.filter((w) => w.kind === 'left-out')).toEqual([]);
  });

  it('is not missed with a dozen households, beyond the exact rescue', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const random = seeded(5);
    const near = households(town, 9, random, [home as NonNullable<typeof home>]);
    const across = ['f1', 'f2', 'f3'].map((id, i) => ({ id, ...pointOn(far, 0.2, 0.3 + 0.2 * i) }));
    const request = dayRequest(town, [...near, ...across], { now: at('13:00'), visitMinutes: 10 });
    expect(planInOrder(request).leftOut.length).toBeGreaterThan(0);
    const plan = planDay(request);
    expect(plan.leftOut).toEqual([]);
    expect(plan.order).toHaveLength(12);
  });

  it('warns when the plan takes the last boat of the day back', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const stops = [
      { id: 'a1', ...pointOn(home, 0.2, 0.2) },
      { id: 'far', ...pointOn(far, 0.05, 0.5) },
    ];
    const plan = planDay(dayRequest(town, stops, { now: at('16:15'), visitMinutes: 15 }));
    expect(plan.leftOut).toEqual([]);
    expect(plan.warnings).toContainEqual({
      kind: 'last-ferry',
      crossingId: 'x-0-0',
      end: 1,
      departs: at('17:00'),
    });
    const early = planDay(dayRequest(town, stops, { now: at('09:00'), visitMinutes: 15 }));
    expect(early.warnings).toEqual([]);
  });
});

describe('a day that does not fit', () => {
  it('leaves households out with a warning and still brings the officer home', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const across = households(town, 6, seeded(9), [far as NonNullable<typeof far>]);
    const near = [{ id: 'near', ...pointOn(home, 0.5, 0.5) }];
    const request = dayRequest(town, [...across, ...near], { now: at('15:00') });
    const plan = planDay(request);
    expect(plan.leftOut.length).toBeGreaterThan(0);
    expect(plan.warnings).toContainEqual({ kind: 'left-out', stopIds: plan.leftOut });
    expect([...plan.order, ...plan.leftOut].sort()).toEqual(request.stops.map((s) => s.id).sort());
    expect(plan.endsAt).not.toBeNull();
    const last = plan.steps.at(-1);
    expect(last).toMatchObject({ kind: 'land', to: 'home' });
    // The best exact answer leaves out no more.
    expect(plan.leftOut.length).toBe(bruteForceDay(request).leftOut.length);
  });

  it('with more households than the exact rescue takes, drops them one by one until the rest returns', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const random = seeded(13);
    const across = households(town, 8, random, [far as NonNullable<typeof far>]);
    const near = households(town, 6, random, [home as NonNullable<typeof home>]).map((s) => ({
      ...s,
      id: `n${s.id}`,
    }));
    const request = dayRequest(town, [...near, ...across], { now: at('14:00') });
    const plan = planDay(request);
    const listed = planInOrder(request);
    expect(plan.leftOut.length).toBeGreaterThan(0);
    expect(plan.leftOut.length).toBeLessThanOrEqual(listed.leftOut.length);
    expect(plan.warnings).toContainEqual({ kind: 'left-out', stopIds: plan.leftOut });
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'land', to: 'home' });
    expect([...plan.order, ...plan.leftOut].sort()).toEqual(request.stops.map((s) => s.id).sort());
  });

  it('warns that the officer cannot return when the start is across the river after the last boat', () => {
    const town = lastBoatAtFive();
    const [home, far] = town.banks;
    const stops = [
      { id: 'there', ...pointOn(far, 0.6, 0.6) },
      { id: 'home-side', ...pointOn(home, 0.5, 0.5) },
    ];
    const request = dayRequest(town, stops, { now: at('17:30'), start: pointOn(far, 0.5, 0.5) });
    const plan = planDay(request);
    expect(plan.warnings[0]).toEqual({ kind: 'cannot-return' });
    expect(plan.endsAt).toBeNull();
    expect(plan.dayMinutes).toBeNull();
    // Still useful on the bank the officer is on; the other bank is out of reach.
    expect(plan.order).toEqual(['there']);
    expect(plan.leftOut).toEqual(['home-side']);
    expect(plan.steps.some((s) => s.kind === 'land' && s.to === 'home')).toBe(false);
  });
});

describe('planning a full day', () => {
  it('plans 30 households over four banks, every one visited or left out, shorter than the list order', () => {
    const random = seeded(21);
    const town = riverTown({ banks: 4, random });
    const request = dayRequest(town, households(town, 30, random), {
      now: at('07:00'),
      visitMinutes: 10,
    });
    const plan = planDay(request);
    const listed = planInOrder(request);
    expect([...plan.order, ...plan.leftOut].sort()).toEqual(request.stops.map((s) => s.id).sort());
    expect(plan.leftOut.length).toBeLessThanOrEqual(listed.leftOut.length);
    if (plan.leftOut.length === listed.leftOut.length) {
      expect(plan.endsAt ?? Infinity).toBeLessThanOrEqual(listed.endsAt ?? Infinity);
    }
  });

  it('gives the same plan for the same request, whatever ran before', () => {
    const request = randomDay(77, 14, 14);
    const first = planDay(request);
    planDay(randomDay(78, 8, 8));
    expect(planDay(structuredClone(request))).toEqual(first);
  });

  it('replans from where the officer stands without the households already visited', () => {
    const random = seeded(4);
    const town = riverTown({ banks: 3, random });
    const request = dayRequest(town, households(town, 6, random));
    const plan = planDay(request);
    const [done] = plan.order;
    const visit = plan.steps.find((s) => s.kind === 'visit');
    const stop = request.stops.find((s) => s.id === done);
    if (!stop || visit?.kind !== 'visit') throw new Error('no first visit');
    const rest = replan(request, visit.leaves, stop, [stop.id]);
    expect(rest.order).not.toContain(done);
    expect(rest.order).toHaveLength(5);
    expect(rest.steps[0]).toMatchObject({ departs: visit.leaves });
    // From the same point at the same time, the rest of the day is no worse than planned.
    expect(rest.endsAt ?? Infinity).toBeLessThanOrEqual(plan.endsAt ?? Infinity);
  });

  it('with no households just goes home', () => {
    const town = riverTown({ banks: 2 });
    const plan = planDay(dayRequest(town, [], { start: pointOn(town.banks[1], 0.5, 0.5) }));
    expect(plan.order).toEqual([]);
    expect(plan.steps.map((s) => s.kind)).toEqual(['land', 'wait', 'ferry', 'land']);
    expect(plan.dayMinutes).toBeGreaterThan(0);
  });
});
