/**
 * `npm run import:gtfs -- <path>` in a child process against a store under a temporary
 * DATA_DIR, as an operator runs it beside the server. Child processes are slow: few cases.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, migrate, openSqlite } from '../../../server/store/database.ts';
import { latestImport } from '../../../server/store/ferries.ts';
import {
  editRiverFeed,
  prepareDataDir,
  riverFeed,
  riverStation,
  tempDir,
  writeFeed,
} from './fixture.ts';

const root = resolve(import.meta.dirname, '../../..');
let dir: ReturnType<typeof tempDir>;
let dataDir: string;
beforeEach(async () => {
  dir = tempDir('cli');
  dataDir = join(dir.path, 'data');
  await prepareDataDir(dataDir, riverStation());
});
afterEach(() => dir.remove());

/** Runs the import command to its end; resolves with its exit code and output. */
function importGtfs(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/ferries/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** The crossings in the store under DATA_DIR, and its latest import. */
async function storeState() {
  const handle = openSqlite(join(dataDir, DATABASE_FILE));
  try {
    await migrate(handle.db);
    const crossings = await handle.db.selectFrom('crossings').select('id').orderBy('id').execute();
    return { crossings: crossings.map((c) => c.id), latest: await latestImport(handle.db) };
  } finally {
    await handle.db.destroy();
  }
}

describe('npm run import:gtfs', () => {
  it('a feed with errors prints each as file:line field, exits 1 and changes nothing', async () => {
    const feed = editRiverFeed('stop_times.txt', [
      ['t1,07:08:00,07:08:00,e1,2', 't1,07:08:00,7:5:00,e1,2'],
      ['t4,06:15:00,06:15:00,e2,2', 't4,06:15:00,06:15:00,e2,x'],
    ]);
    const path = await writeFeed(feed, dir.path);

    const { code, out, err } = await importGtfs(path);

    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n').filter((line) => line.startsWith('error: '))).toEqual([
      'error: stop_times.txt:3 departure_time: "7:5:00" is not a time (HH:MM:SS)',
      'error: stop_times.txt:9 stop_sequence: "x" is not a whole number',
    ]);
    expect(err).toContain('the timetable has 2 errors; nothing was imported.');
    expect(await storeState()).toEqual({ crossings: ['c1'], latest: null });
  });

  it('a good feed is imported, and the command says how many crossings and trips', async () => {
    const path = await writeFeed(riverFeed(), dir.path, 'muzhou-gtfs');

    const { code, out, err } = await importGtfs(path);

    expect(err).not.toMatch(/^(error|warning):/m);
    expect(code).toBe(0);
    expect(out).toContain(
      'Imported 2 crossings and 4 trips from muzhou-gtfs (feed version 2026-11).',
    );
    expect(await storeState()).toMatchObject({
      crossings: ['r1', 'r2'],
      latest: { source: 'muzhou-gtfs', feedVersion: '2026-11', crossings: 2, trips: 4 },
    });
  });

  it('without a path it shows how to use it and exits 2', async () => {
    const { code, err } = await importGtfs();
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run import:gtfs -- <feed.zip or folder>');
  });
});
