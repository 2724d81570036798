/**
 * The database, loaded in a chunk of its own: Dexie (31 kB gzipped) stays out of the JavaScript a
 * cold start parses before its first render. main.tsx starts the load at once, beside the first
 * screen's plain IndexedDB read (app/early.ts); the screens that read the database render once
 * it is in, a moment later.
 */
import type * as DatabaseModule from '../../device/db/db.ts';

/** The database module: the connection and Dexie's `liveQuery`. */
export type Database = typeof DatabaseModule;

let loading: Promise<Database> | null = null;
let loaded: Database | null = null;

/** Loads the database module (once), and resolves with it. */
export function loadDatabase(): Promise<Database> {
  loading ??= import('../../device/db/db.ts').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The database module if it is already in, else null. */
export function loadedDatabase(): Database | null {
  return loaded;
}
