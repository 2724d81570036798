import { describe, expect, it } from 'vitest';
import {
  firstAttempt,
  fitLongSide,
  nextAttempt,
  PHOTO_MIN_LONG_SIDE,
  PHOTO_TARGET_BYTES,
  type ShrinkAttempt,
} from '../../../src/client/visit/photoSize.ts';

describe('photo size', () => {
  it('a 12-megapixel camera photo is drawn at 1600 px on its long side, keeping its shape', () => {
    expect(fitLongSide(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongSide(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitLongSide(4032, 1816)).toEqual({ width: 1600, height: 721 });
  });

  it('a small picture is never enlarged, and a sliver keeps at least one pixel', () => {
    expect(fitLongSide(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitLongSide(16000, 4)).toEqual({ width: 1600, height: 1 });
    expect(firstAttempt(800, 600)).toEqual({ longSide: 800, quality: 0.8 });
    expect(firstAttempt(4000, 3000)).toEqual({ longSide: 1600, quality: 0.8 });
  });

  it('an encoding under ~400 KB is kept at once', () => {
    expect(nextAttempt({ longSide: 1600, quality: 0.8 }, PHOTO_TARGET_BYTES)).toBeNull();
  });

  it('too large: quality steps 0.8 → 0.5 first, then the size shrinks by the square root of the excess', () => {
    const steps: ShrinkAttempt[] = [];
    let attempt: ShrinkAttempt | null = firstAttempt(4000, 3000);
    while (attempt) {
      steps.push(attempt);
      attempt = nextAttempt(attempt, 4 * PHOTO_TARGET_BYTES);
    }
    expect(steps.slice(0, 4).map((s) => s.quality)).toEqual([0.8, 0.7, 0.6, 0.5]);
    // Four times too big: half the side, but never more than 10% a step is required.
    expect(steps[4]).toEqual({ longSide: 800, quality: 0.5 });
    expect(steps).toHaveLength(5);
  });

  it('just over: the side shrinks by at least 10% a step and stops at 800 px', () => {
    const sides: number[] = [];
    let attempt: ShrinkAttempt | null = { longSide: 1600, quality: 0.5 };
    while (attempt) {
      sides.push(attempt.longSide);
      attempt = nextAttempt(attempt, PHOTO_TARGET_BYTES + 1);
    }
    expect(sides).toEqual([1600, 1440, 1296, 1166, 1049, 944, 849, 800]);
    expect(sides.at(-1)).toBe(PHOTO_MIN_LONG_SIDE);
  });
});
