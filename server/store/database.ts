/**
 * Opens the embedded SQLite store: a file under DATA_DIR in WAL mode with foreign keys on,
 * wrapped in Kysely so that routes and store code never depend on the dialect.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type MigrationProvider, Migrator, SqliteDialect, sql } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** The store's file name under DATA_DIR. */
export const DATABASE_FILE = 'ferrybeat.sqlite';

/** A Kysely handle and the name of its dialect, as `/api/health` reports it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: 'sqlite';
}

/** Opens (creating if needed) the SQLite file at `path` and tunes it for a sync server. */
export function openSqlite(path: string): DatabaseHandle {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only power loss can lose the
  // last transactions, and devices keep every record until the server acknowledged it.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every migration not yet applied; throws with the failing migration's name. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String(error)}`);
  }
}

/** A trivial query proving the store answers. */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
