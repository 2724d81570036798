/**
 * Retry delays: exponential from 5 s to 10 minutes, with "equal jitter" (half fixed, half
 * random) so that phones coming off the same ferry don't all retry in the same second.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */

const BASE_MS = 5_000;
const MAX_MS = 10 * 60_000;

/** The delay before attempt `attempts + 1`; `random` in [0, 1). */
export function retryDelayMs(attempts: number, random: () => number): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
