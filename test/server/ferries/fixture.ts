/**
 * The fixture station with a river through it, and small ferry feeds whose landings stand on
 * its banks. The shared fixture's three cells are one triangle, so every place in it is on
 * bank b1; here the west cells (g1, g2) are bank b1 and the east cell (g3) bank b2, with
 * about 600 m of water between them that crossing c1 already spans.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { FeedFiles } from '../../../server/gtfs/feed.ts';
import { feedToZip, writeFeedFolder } from '../../../server/gtfs/write.ts';
import { DATABASE_FILE, migrate, openSqlite } from '../../../server/store/database.ts';
import type { Database } from '../../../server/store/schema.ts';
import { loadStation, type StationData } from '../../../server/store/station.ts';
import type { LngLat } from '../../../src/shared/entities.ts';
import type { Suspension } from '../../../src/shared/ferry/timetable.ts';
import type { PullResponse } from '../../../src/shared/protocol.ts';
import { fixtureStation, type TestServer } from '../fixture.ts';
import { csv, feedWith } from '../gtfs/fixture.ts';

const box = (west: number, south: number, east: number, north: number): LngLat[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
];

const POLYGONS: Record<string, LngLat[]> = {
  g1: box(113.1, 22.4, 113.142, 22.44),
  g2: box(113.1, 22.44, 113.142, 22.48),
  g3: box(113.148, 22.4, 113.2, 22.48),
};

/** The fixture station, its cells drawn on two banks of a river (b1 west, b2 east). */
export function riverStation(): StationData {
  const station = fixtureStation();
  return {
    ...station,
    grids: station.grids.map((g) => ({ ...g, polygon: POLYGONS[g.id] ?? g.polygon })),
  };
}

const STOPS = 'stop_id,stop_name,stop_lat,stop_lon';
const STOP_TIMES = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence';

/**
 * Two ferry crossings over the river. r1 (莲腰渡口) has fixed departures and its first trip
 * leaves from the west; r2 (新沙渡口, extended route type 1200) runs every 20 minutes and
 * its first trip leaves from the east. `changes` replaces or (null) drops files.
 */
export function riverFeed(changes: Record<string, string | null> = {}): FeedFiles {
  return feedWith({
    'stops.txt': csv(
      STOPS,
      'w1,莲腰渡口·西岸,22.4350,113.1400',
      'e1,莲腰渡口·东岸,22.4350,113.1500',
      'w2,新沙渡口·西岸,22.4500,113.1380',
      'e2,新沙渡口·东岸,22.4500,113.1520',
    ),
    'routes.txt': csv(
      'route_id,agency_id,route_short_name,route_long_name,route_type',
      'r1,mz,,莲腰渡口,4',
      'r2,mz,,新沙渡口,1200',
    ),
    'trips.txt': csv('route_id,service_id,trip_id', 'r1,wk,t1', 'r1,wk,t2', 'r2,wk,t3', 'r2,wk,t4'),
    'stop_times.txt': csv(
      STOP_TIMES,
      't1,07:00:00,07:00:00,w1,1',
      't1,07:08:00,07:08:00,e1,2',
      't2,07:15:00,07:15:00,e1,1',
      't2,07:23:00,07:23:00,w1,2',
      't3,06:00:00,06:00:00,e2,1',
      't3,06:05:00,06:05:00,w2,2',
      't4,06:10:00,06:10:00,w2,1',
      't4,06:15:00,06:15:00,e2,2',
    ),
    'frequencies.txt': csv(
      'trip_id,start_time,end_time,headway_secs,exact_times',
      't3,06:00:00,21:00:00,1200,1',
      't4,06:10:00,21:10:00,1200,1',
    ),
    'feed_info.txt': csv(
      'feed_publisher_name,feed_publisher_url,feed_lang,feed_version',
      '睦洲渡运,https://muzhou-ferry.example/,zh,2026-11',
    ),
    ...changes,
  });
}

/**
 * `riverFeed` with `edits` made to `file`: each `[from, to]` replaces text that occurs exactly
 * once, so a test changes only the rows it is about. `changes` is as in `riverFeed`.
 */
export function editRiverFeed(
  file: string,
  edits: readonly (readonly [from: string, to: string])[],
  changes: Record<string, string | null> = {},
): FeedFiles {
  let text = riverFeed().get(file);
  if (text === undefined) throw new Error(`riverFeed has no ${file}`);
  for (const [from, to] of edits) {
    if (text.split(from).length !== 2) throw new Error(`"${from}" is not once in ${file}`);
    text = text.replace(from, () => to);
  }
  return riverFeed({ ...changes, [file]: text });
}

/** `riverFeed` with r2 left out: its stops, trips, times and frequencies gone. */
export function riverFeedWithoutR2(): FeedFiles {
  const full = riverFeed();
  // The rows naming r2, its landings (w2, e2) or its trips (t3, t4).
  const r2 = /^(r2|w2|e2|t3|t4),/;
  const withoutR2 = (file: string) =>
    csv(
      ...(full.get(file) ?? '')
        .split('\n')
        .slice(0, -1)
        .filter((row) => !r2.test(row)),
    );
  return riverFeed({
    'stops.txt': withoutR2('stops.txt'),
    'routes.txt': withoutR2('routes.txt'),
    'trips.txt': withoutR2('trips.txt'),
    'stop_times.txt': withoutR2('stop_times.txt'),
    'frequencies.txt': null,
    'feed_info.txt': full.get('feed_info.txt')?.replace(',2026-11\n', ',2026-12\n') ?? null,
  });
}

/** Creates a suspension through the API as `token`; returns it as stored (fails unless 201). */
export async function createSuspension(
  server: TestServer,
  token: string,
  payload: Record<string, unknown>,
): Promise<Suspension> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/ferries/suspensions',
    headers: { authorization: `Bearer ${token}` },
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json();
}

/** A temporary folder, removed by `remove`. */
export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `ferrybeat-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes a feed as an unpacked folder `name` under `dir`; returns its path. */
export async function writeFeed(files: FeedFiles, dir: string, name = 'feed'): Promise<string> {
  const path = join(dir, name);
  await writeFeedFolder(files, path);
  return path;
}

/** Writes a feed as the .zip file `name` under `dir`; returns its path. */
export async function writeFeedZip(files: FeedFiles, dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, feedToZip(files));
  return path;
}

/** Prepares `DATA_DIR/ferrybeat.sqlite` holding `station`, as the server leaves it, and closes it. */
export async function prepareDataDir(dataDir: string, station: StationData): Promise<void> {
  const handle = openSqlite(join(dataDir, DATABASE_FILE));
  await migrate(handle.db);
  // Nobody signs in here: any text stands in for the password hash.
  await loadStation(handle.db, station, 'no-password', new Date('2026-11-30T02:00:00Z'));
  await handle.db.destroy();
}

/** The feed as a device would receive it, every row in seq order, for before/after checks. */
export function feedSnapshot(db: Kysely<Database>) {
  return db.selectFrom('change_feed').selectAll().orderBy('seq').execute();
}

/** One pull page through the API, as a device with `token` asks for it (`v`, `cursor`). */
export async function pullPage(
  server: TestServer,
  token: string,
  query: Record<string, string | undefined>,
): Promise<PullResponse> {
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/sync/pull?${params}`,
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as PullResponse;
}
