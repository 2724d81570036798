/** Small statistics and formats for printed figures. */

/** The value at quantile `q` (0…1) of some samples, nearest rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The median of some samples. */
export const median = (samples: number[]): number => quantile(samples, 0.5);

/** The mean of some values (0 when there are none). */
export const mean = (values: number[]): number =>
  values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Milliseconds for a table cell: one decimal below 10 ms, whole above. */
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** A ratio for a table cell. */
export const times = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)}×`;

/** Runs `task` `rounds` times, one after another, and returns every result. */
export async function repeat<T>(rounds: number, task: (round: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let round = 0; round < rounds; round++) results.push(await task(round));
  return results;
}
