import { describe, expect, it } from 'vitest';
import { bruteForceDay } from '../../../src/shared/planner/bruteForce.ts';
import { planDay, planInOrder } from '../../../src/shared/planner/planDay.ts';
import {
  PLAN_DEFAULTS,
  type PlanRequest,
  type PlanResult,
  type PlanStep,
} from '../../../src/shared/planner/types.ts';
import { randomDay } from '../../support/riverTowns.ts';

const MIN = 60_000;

const startOf = (s: PlanStep) =>
  s.kind === 'wait' ? s.from : s.kind === 'visit' ? s.arrives : s.departs;
const endOf = (s: PlanStep) =>
  s.kind === 'wait' ? s.until : s.kind === 'visit' ? s.leaves : s.arrives;

/** Steps checked, by kind, so a test can tell that its days took boats at all. */
type Checked = Record<PlanStep['kind'], number>;

/** Every property a timeline must have, for one request and one of its plans; counts the steps. */
function expectSoundTimeline(request: PlanRequest, plan: PlanResult, checked: Checked): void {
  const board = (request.boardMinutes ?? PLAN_DEFAULTS.boardMinutes) * MIN;
  const visit = (request.visitMinutes ?? PLAN_DEFAULTS.visitMinutes) * MIN;
  const speed = request.speedKmh ?? PLAN_DEFAULTS.speedKmh;
  const boats = new Set(
    request.connections.map((c) => `${c.crossingId}/${c.from}/${c.departs}/${c.arrives}`),
  );
  let ready = request.now;
  plan.steps.forEach((step, i) => {
    checked[step.kind]++;
    expect(startOf(step)).toBeGreaterThanOrEqual(ready);
    expect(endOf(step)).toBeGreaterThanOrEqual(startOf(step));
    ready = endOf(step);
    const before = plan.steps[i - 1];
    switch (step.kind) {
      case 'ferry':
        expect(boats.has(`${step.crossingId}/${step.from}/${step.departs}/${step.arrives}`)).toBe(
          true,
        );
        expect(before).toMatchObject({ kind: 'wait', crossingId: step.crossingId, end: step.from });
        if (before?.kind === 'wait') {
          expect(before.until).toBe(step.departs);
          expect(step.departs - before.from).toBeGreaterThanOrEqual(board);
        }
        break;
      case 'visit':
        expect(step.leaves - step.arrives).toBe(visit);
        expect(before).toMatchObject({ kind: 'land', to: 'stop', toId: step.stopId });
        break;
      case 'land': {
        // Land time is rounded up to the second, km to the metre.
        const expected = (step.km / speed) * 3_600_000;
        const slack = 1_000 + (0.0005 / speed) * 3_600_000 + 1;
        expect(Math.abs(step.arrives - step.departs - expected)).toBeLessThan(slack);
        if (step.to === 'landing') expect(plan.steps[i + 1]?.kind).toBe('wait');
        break;
      }
      case 'wait':
        expect(plan.steps[i + 1]?.kind).toBe('ferry');
        break;
    }
  });
  expect(plan.steps.filter((s) => s.kind === 'visit').map((s) => s.stopId)).toEqual(plan.order);
  if (plan.endsAt !== null) {
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'land', to: 'home', arrives: plan.endsAt });
    expect(plan.dayMinutes).toBe((plan.endsAt - request.now) / MIN);
  }
}

const noneChecked = (): Checked => ({ ferry: 0, wait: 0, visit: 0, land: 0 });

describe('the timeline of a day', () => {
  it('is contiguous in time, takes only real boats, and boards each one in time', () => {
    const planned = noneChecked();
    const inOrder = noneChecked();
    let daysWithBoats = 0;
    for (let seed = 200; seed < 240; seed++) {
      const request = randomDay(seed, 2, 7);
      const boatsBefore = planned.ferry;
      expectSoundTimeline(request, planDay(request), planned);
      expectSoundTimeline(request, planInOrder(request), inOrder);
      if (planned.ferry > boatsBefore) daysWithBoats++;
    }
    // The properties of ferry steps held only if there were some: most random days cross a
    // river (39 of these 40 did when written, 158 boats planned, 210 in visiting order).
    expect(daysWithBoats).toBeGreaterThanOrEqual(20);
    expect(planned.ferry).toBeGreaterThanOrEqual(40);
    expect(inOrder.ferry).toBeGreaterThanOrEqual(40);
    expect(Math.min(planned.visit, inOrder.visit)).toBeGreaterThanOrEqual(40);
  });

  it('keeps those properties with a longer boarding margin, a slower officer and short visits', () => {
    const planned = noneChecked();
    const brute = noneChecked();
    for (let seed = 300; seed < 310; seed++) {
      const request = {
        ...randomDay(seed, 3, 6),
        boardMinutes: 5,
        speedKmh: 5,
        visitMinutes: 8,
        detour: 1.5,
      };
      expectSoundTimeline(request, planDay(request), planned);
      expectSoundTimeline(request, bruteForceDay(request), brute);
    }
    // 46 boats each when written.
    expect(Math.min(planned.ferry, brute.ferry)).toBeGreaterThanOrEqual(10);
    expect(Math.min(planned.visit, brute.visit)).toBeGreaterThanOrEqual(10);
  });
});
