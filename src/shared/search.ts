/** Binary searches over ascending numbers (plain arrays and typed arrays alike). */

/** Index of the first of ascending `values` at or after `x` (`values.length` when none is). */
export function firstAtOrAfter(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of ascending `values` after `x` (`values.length` when none is). */
export function firstAfter(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
