/** What every route needs: the store, the clock and the settings, injected for tests. */
import type { Kysely } from 'kysely';
import { LoginThrottle } from './auth/throttle.ts';
import type { Database } from './store/schema.ts';
import type { TileSource } from './tiles/source.ts';

export interface ServerContext {
  db: Kysely<Database>;
  dialect: 'sqlite';
  now: () => Date;
  /** Refuses the demo password and never seeds demo data. */
  production: boolean;
  sessionTtlMs: number;
  /** Folder of uploaded visit photos. */
  photoDir: string;
  throttle: { user: LoginThrottle; address: LoginThrottle };
  version: string;
  /** Map tiles served at `/tiles/`; none configured, none served. */
  tiles?: TileSource;
}

const MINUTE = 60_000;

/** A context with the station's defaults: 14-day sliding sessions, 5 failures per 15 minutes. */
export function makeContext(
  handle: { db: Kysely<Database>; dialect: 'sqlite' },
  options: {
    production?: boolean;
    now?: () => Date;
    version?: string;
    photoDir: string;
    tiles?: TileSource;
  },
): ServerContext {
  const now = options.now ?? (() => new Date());
  const clock = () => now().getTime();
  return {
    db: handle.db,
    dialect: handle.dialect,
    now,
    production: options.production ?? false,
    sessionTtlMs: 14 * 24 * 60 * MINUTE,
    photoDir: options.photoDir,
    throttle: {
      user: new LoginThrottle({ maxFailures: 5, windowMs: 15 * MINUTE, now: clock }),
      // A whole station may sit behind one address (the office Wi-Fi): allow more there.
      address: new LoginThrottle({ maxFailures: 50, windowMs: 15 * MINUTE, now: clock }),
    },
    version: options.version ?? '0.0.0',
    ...(options.tiles ? { tiles: options.tiles } : {}),
  };
}
