/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for one key (a username or
 * a client address) within `windowMs`, that key is refused until the window has passed since
 * its latest failure. In memory: a restart forgets, which only ever helps a real user.
 */

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  now: () => number;
}

/** Counts failures per key and says how long a key must still wait. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: ThrottleOptions) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  waitMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    const latest = recent.at(-1) ?? 0;
    return Math.max(0, latest + this.options.windowMs - this.options.now());
  }

  /** Records a failed attempt for `key`. */
  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.options.now());
    this.failures.set(key, recent);
  }

  /** Forgets `key` after a successful sign-in. */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
