import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FEED_FILE, loadDemoStation } from '../../../server/demo/load.ts';
import { readFeedFiles } from '../../../server/gtfs/read.ts';
import { type DatabaseHandle, migrate, openSqlite } from '../../../server/store/database.ts';
import { latestImport } from '../../../server/store/ferries.ts';
import type { Crossing } from '../../../src/shared/entities.ts';
import { station, TODAY } from '../demo/fixture.ts';
import { tempDir } from './fixture.ts';

let dir: ReturnType<typeof tempDir>;
let dataDir: string;
let handle: DatabaseHandle;
let loaded: number;
beforeAll(async () => {
  dir = tempDir('demo');
  dataDir = join(dir.path, 'data');
  handle = openSqlite(join(dir.path, 'store.sqlite'));
  await migrate(handle.db);
  loaded = await loadDemoStation(handle.db, station, {
    passwordHash: 'no-password',
    dataDir,
    now: TODAY,
  });
});
afterAll(async () => {
  await handle.db.destroy();
  dir.remove();
});

/** The crossings as devices receive them. */
async function feedCrossings(): Promise<Crossing[]> {
  const rows = await handle.db
    .selectFrom('change_feed')
    .select('data')
    .where('entity', '=', 'crossing')
    .where('op', '=', 'put')
    .orderBy('entity_id')
    .execute();
  return rows.map((r) => JSON.parse(r.data ?? 'null') as Crossing);
}

describe('the demo station’s start', () => {
  it('writes its timetable as a GTFS zip in the data folder and imports it', async () => {
    expect(loaded).toBe(12);
    const path = join(dataDir, DEMO_FEED_FILE);
    expect(existsSync(path)).toBe(true);
    expect([...(await readFeedFiles(path)).keys()]).toEqual(
      expect.arrayContaining(['agency.txt', 'stops.txt', 'routes.txt', 'stop_times.txt']),
    );
    expect(await latestImport(handle.db)).toMatchObject({
      importedAt: TODAY.toISOString(),
      source: 'demo-gtfs.zip',
      feedVersion: 'demo-20261120',
      crossings: 12,
    });
  });

  it('places every crossing on the two banks the generator drew it between', async () => {
    const crossings = await feedCrossings();
    expect(crossings.map((c) => [c.id, c.name, c.bankIds])).toEqual(
      station.ferryCrossings.map((c) => [c.id, c.name, c.bankIds]),
    );
    for (const c of crossings) expect(c.bankIds[0], c.id).not.toBe(c.bankIds[1]);
  });

  it('runs boats in both directions on every crossing', async () => {
    for (const c of await feedCrossings()) {
      const from = new Set(c.timetable.runs.map((r) => r.from));
      expect([...from].sort(), c.id).toEqual([0, 1]);
      for (const run of c.timetable.runs) {
        expect(run.times.length + run.frequencies.length, `${c.id} run`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the timetable on its way to devices', () => {
  it('travels compactly: the whole station in a dozen records, far smaller than its GTFS files', async () => {
    const files = await readFeedFiles(join(dataDir, DEMO_FEED_FILE));
    const feedBytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
    const crossings = await feedCrossings();
    const syncedBytes = Buffer.byteLength(JSON.stringify(crossings));
    expect(crossings).toHaveLength(12);
    // Headway runs stay runs and trips are grouped per service and direction, not repeated.
    expect(syncedBytes).toBeLessThan(feedBytes);
    expect(syncedBytes / crossings.length).toBeLessThan(2_000);
  });
});
