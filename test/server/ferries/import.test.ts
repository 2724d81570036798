import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTimetable, TimetableImportError } from '../../../server/ferries/import.ts';
import type { FeedProblem } from '../../../server/gtfs/problems.ts';
import { latestImport } from '../../../server/store/ferries.ts';
import type { Crossing } from '../../../src/shared/entities.ts';
import type { Change } from '../../../src/shared/protocol.ts';
import { startTestServer, type TestServer } from '../fixture.ts';
import { csv } from '../gtfs/fixture.ts';
import {
  editRiverFeed,
  feedSnapshot,
  pullPage,
  riverFeed,
  riverFeedWithoutR2,
  riverStation,
  tempDir,
  writeFeed,
  writeFeedZip,
} from './fixture.ts';

let server: TestServer;
let dir: ReturnType<typeof tempDir>;
beforeEach(async () => {
  server = await startTestServer(riverStation());
  dir = tempDir('import');
});
afterEach(async () => {
  await server.close();
  dir.remove();
});

const pull = (token: string, query: Record<string, string | undefined>) =>
  pullPage(server, token, query);

const summary = (changes: Change[]) => changes.map((c) => [c.entity, c.op, c.id]);
const dataOf = (changes: Change[], id: string) => {
  const change = changes.find((c) => c.id === id && c.op === 'put');
  return change && 'data' in change ? change.data : undefined;
};
const crossingIds = async () =>
  (await server.ctx.db.selectFrom('crossings').select('id').orderBy('id').execute()).map(
    (r) => r.id,
  );

/** The error an import threw, failing the test when it did not throw one. */
async function importError(path: string): Promise<TimetableImportError> {
  const error = await importTimetable(server.ctx.db, path, server.clock.now).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TimetableImportError))
    throw new Error(`no TimetableImportError: ${error}`);
  return error;
}
const errorsOf = (problems: readonly FeedProblem[]) =>
  problems.filter((p) => p.severity === 'error');
const WEEKDAYS = {
  id: 'wk',
  weekdays: '1111100',
  start: '20260101',
  end: '20261231',
  added: [],
  removed: [],
};

describe('importing a good timetable', () => {
  it('replaces the crossings: each on the banks of its landings, with its timetable, and the import recorded', async () => {
    const leader = await server.login('leader');
    const before = await pull(leader, { v: '2' });
    const path = await writeFeedZip(riverFeed(), dir.path, 'muzhou-gtfs.zip');

    const report = await importTimetable(server.ctx.db, path, server.clock.now);

    expect(report.crossings.map((c) => c.id)).toEqual(['r1', 'r2']);
    expect(report.warnings).toEqual([]);
    const page = await pull(leader, { v: '2', cursor: before.cursor });
    expect(page.reset).toBe(false);
    expect(summary(page.changes)).toEqual([
      ['crossing', 'delete', 'c1'],
      ['crossing', 'put', 'r1'],
      ['crossing', 'put', 'r2'],
    ]);
    expect(dataOf(page.changes, 'r1')).toEqual({
      id: 'r1',
      name: '莲腰渡口',
      bankIds: ['b1', 'b2'],
      ends: [
        [113.14, 22.435],
        [113.15, 22.435],
      ],
      endNames: ['莲腰渡口·西岸', '莲腰渡口·东岸'],
      crossingMinutes: 8,
      timetable: {
        timeZone: 'Asia/Shanghai',
        services: [WEEKDAYS],
        runs: [
          { serviceId: 'wk', from: 0, duration: 480, times: [7 * 3600], frequencies: [] },
          { serviceId: 'wk', from: 1, duration: 480, times: [7 * 3600 + 900], frequencies: [] },
        ],
      },
    } satisfies Crossing);
    // r2's first trip leaves from the east bank, so its ends (and their banks) start there.
    expect(dataOf(page.changes, 'r2')).toMatchObject({
      bankIds: ['b2', 'b1'],
      ends: [
        [113.152, 22.45],
        [113.138, 22.45],
      ],
      endNames: ['新沙渡口·东岸', '新沙渡口·西岸'],
      crossingMinutes: 5,
      timetable: {
        services: [WEEKDAYS],
        runs: [
          {
            from: 0,
            duration: 300,
            times: [],
            frequencies: [{ start: 6 * 3600, end: 21 * 3600, headway: 1200, exact: true }],
          },
          {
            from: 1,
            duration: 300,
            times: [],
            frequencies: [{ start: 22_200, end: 76_200, headway: 1200, exact: true }],
          },
        ],
      },
    });
    expect(await crossingIds()).toEqual(['r1', 'r2']);
    expect(await server.ctx.db.selectFrom('timetable_imports').selectAll().execute()).toEqual([
      {
        id: 1,
        imported_at: '2026-11-30T02:00:00.000Z',
        source: 'muzhou-gtfs.zip',
        feed_version: '2026-11',
        crossings: 2,
        trips: 4,
      },
    ]);
  });

  it('a crossing the next timetable no longer has is deleted from the devices that hold it', async () => {
    await importTimetable(server.ctx.db, await writeFeed(riverFeed(), dir.path), server.clock.now);
    const leader = await server.login('leader');
    const officer = await server.login('officer01');
    const leaderCursor = (await pull(leader, { v: '2' })).cursor;
    // An app from before protocol v2 holds crossings too.
    const officerCursor = (await pull(officer, {})).cursor;

    server.clock.now = new Date('2026-12-01T02:00:00Z');
    const path = await writeFeed(riverFeedWithoutR2(), dir.path, 'feed-2026-12');
    await importTimetable(server.ctx.db, path, server.clock.now);

    for (const [token, v, cursor] of [
      [leader, '2', leaderCursor],
      [officer, undefined, officerCursor],
    ] as const) {
      const page = await pull(token, { v, cursor });
      expect(page.reset).toBe(false);
      expect(summary(page.changes)).toEqual([
        ['crossing', 'delete', 'r2'],
        ['crossing', 'put', 'r1'],
      ]);
    }
    expect(await crossingIds()).toEqual(['r1']);
    expect(await latestImport(server.ctx.db)).toEqual({
      id: 2,
      importedAt: '2026-12-01T02:00:00.000Z',
      source: 'feed-2026-12',
      feedVersion: '2026-12',
      crossings: 1,
      trips: 2,
    });
  });

  it('a landing on the shore just outside every cell counts on the nearest cell’s bank', async () => {
    // w1 stands about 50 m into the river from g1 (bank b1) and 570 m from g3 (bank b2).
    const feed = editRiverFeed('stops.txt', [
      ['w1,莲腰渡口·西岸,22.4350,113.1400', 'w1,莲腰渡口·西岸,22.4350,113.1425'],
    ]);
    const path = await writeFeed(feed, dir.path);
    const report = await importTimetable(server.ctx.db, path, server.clock.now);
    expect(report.crossings.find((c) => c.id === 'r1')?.bankIds).toEqual(['b1', 'b2']);
  });
});

describe('importing a timetable with errors', () => {
  it('lists every bad row with file, line and field, and changes neither crossings nor feed', async () => {
    const before = await feedSnapshot(server.ctx.db);
    // No service_id column at all, and two times that are not times.
    const feed = editRiverFeed(
      'stop_times.txt',
      [
        ['t1,07:08:00,07:08:00,e1,2', 't1,07:08:00,7:5:00,e1,2'],
        ['t4,06:10:00,06:10:00,w2,1', 't4,06:1O:00,06:10:00,w2,1'],
      ],
      { 'trips.txt': csv('route_id,trip_id', 'r1,t1', 'r1,t2', 'r2,t3', 'r2,t4') },
    );

    const error = await importError(await writeFeed(feed, dir.path));

    expect(error.message).toBe('the timetable has 3 errors; nothing was imported');
    expect(errorsOf(error.problems).map((p) => [p.file, p.line, p.field])).toEqual([
      ['trips.txt', 1, 'service_id'],
      ['stop_times.txt', 3, 'departure_time'],
      ['stop_times.txt', 8, 'arrival_time'],
    ]);
    expect(error.problems.find((p) => p.line === 3)?.message).toBe(
      '"7:5:00" is not a time (HH:MM:SS)',
    );
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
    expect(await crossingIds()).toEqual(['c1']);
    expect(await latestImport(server.ctx.db)).toBeNull();
  });

  it('a landing far from every grid cell is an error naming the stop', async () => {
    const before = await feedSnapshot(server.ctx.db);
    const feed = editRiverFeed('stops.txt', [
      ['e1,莲腰渡口·东岸,22.4350,113.1500', 'e1,莲腰渡口·东岸,22.6000,113.3000'],
    ]);

    const error = await importError(await writeFeed(feed, dir.path));

    expect(errorsOf(error.problems)).toEqual([
      {
        severity: 'error',
        file: 'stops.txt',
        line: 3,
        field: 'stop_lat',
        message: expect.stringContaining('stop "e1" (莲腰渡口·东岸) of route "r1"'),
      },
    ]);
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
  });

  it('a feed without any ferry route is refused rather than wiping every crossing', async () => {
    const before = await feedSnapshot(server.ctx.db);
    const routes = csv(
      'route_id,agency_id,route_short_name,route_long_name,route_type',
      'r1,mz,,莲腰渡口,3',
      'r2,mz,,新沙渡口,3',
    );

    const error = await importError(await writeFeed(riverFeed({ 'routes.txt': routes }), dir.path));

    expect(errorsOf(error.problems)).toEqual([
      expect.objectContaining({ file: 'routes.txt', field: 'route_type', line: null }),
    ]);
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
    expect(await crossingIds()).toEqual(['c1']);
  });

  it('a route whose two landings are on the same bank is an error', async () => {
    const before = await feedSnapshot(server.ctx.db);
    const feed = editRiverFeed('stops.txt', [
      ['e1,莲腰渡口·东岸,22.4350,113.1500', 'e1,莲腰渡口·东岸,22.4350,113.1200'],
    ]);

    const error = await importError(await writeFeed(feed, dir.path));

    expect(errorsOf(error.problems)).toEqual([
      {
        severity: 'error',
        file: 'routes.txt',
        line: 2,
        field: 'route_id',
        message: expect.stringMatching(/^route "r1" joins two landings on the same bank \(b1\)/),
      },
    ]);
    expect(await feedSnapshot(server.ctx.db)).toEqual(before);
    expect(await crossingIds()).toEqual(['c1']);
  });
});
