import { describe, expect, it } from 'vitest';
import { bruteForceDay } from '../../../src/shared/planner/bruteForce.ts';
import { assemble, prepare } from '../../../src/shared/planner/day.ts';
import { EXACT_MAX, exactBest } from '../../../src/shared/planner/exact.ts';
import { at, randomDay } from '../../support/riverTowns.ts';

describe('the exact subset programme (Held–Karp on earliest times)', () => {
  it('finds the same best day as trying every order, also when not everyone fits', () => {
    let short = 0;
    for (let seed = 500; seed < 540; seed++) {
      // Late starts, so that many of these days cannot take every household.
      const request = { ...randomDay(seed, 3, 7), now: at('14:00') + (seed % 5) * 30 * 60_000 };
      const day = prepare(request);
      const { visited, skipped } = exactBest(day.route, request.stops.length);
      const exact = assemble(day, visited, skipped);
      const best = bruteForceDay(request);
      expect(exact.leftOut.length, `seed ${seed}`).toBe(best.leftOut.length);
      expect(exact.endsAt, `seed ${seed}`).toBe(best.endsAt);
      if (best.leftOut.length > 0) short++;
    }
    expect(short).toBeGreaterThan(5);
  });

  it(`takes at most ${EXACT_MAX} households`, () => {
    const request = randomDay(1, EXACT_MAX + 1, EXACT_MAX + 1);
    expect(() => exactBest(prepare(request).route, EXACT_MAX + 1)).toThrow(RangeError);
  });
});
