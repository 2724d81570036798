import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { migrate, openSqlite } from '../../server/store/database.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded store', () => {
  it('opens a file in WAL mode with foreign keys enforced, and migrating twice is harmless', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-store-'));
    dirs.push(dir);
    const { db } = openSqlite(join(dir, 'nested', 'store.sqlite'));
    try {
      await migrate(db);
      await migrate(db);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      await expect(
        db.insertInto('households').values({ id: 'h', grid_id: 'no-such-grid' }).execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
    } finally {
      await db.destroy();
    }
  });
});

describe('configuration', () => {
  it('has defaults for a newcomer and reads the production switch two ways', () => {
    const config = readConfig({}, []);
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'info',
      production: false,
    });
    expect(config.dataDir).toMatch(/data$/);
    expect(readConfig({ NODE_ENV: 'production' }, []).production).toBe(true);
    expect(readConfig({}, ['--production']).production).toBe(true);
  });

  it('refuses a wrong PORT or LOG_LEVEL with a message naming it', () => {
    expect(() => readConfig({ PORT: 'eighty' }, [])).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' }, [])).toThrow(/LOG_LEVEL/);
  });
});
