/**
 * Moving the clock under code that claims not to read it: a result made at another time must
 * equal one made now. Two calls back to back would agree even if the code read the clock.
 */
import { vi } from 'vitest';

/** Far from any day a test runs on, in another year, month and hour. */
export const ANOTHER_TIME = new Date('2031-07-15T21:45:30+08:00');

/** Runs `make` with `Date` (and `Date.now`) reading `instant`, then gives the real clock back. */
export function madeAt<T>(instant: Date, make: () => T): T {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(instant);
    return make();
  } finally {
    vi.useRealTimers();
  }
}
