/**
 * The real server for browser tests and benchmarks: the demo station on a temporary SQLite file,
 * serving the built app from dist/ on a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { makeContext, type ServerContext } from '../../server/context.ts';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { loadDemoStation } from '../../server/demo/load.ts';
import { type DemoStation, generateStation } from '../../server/demo/station.ts';
import { migrate, openSqlite } from '../../server/store/database.ts';
import { isStationEmpty } from '../../server/store/station.ts';
import { openTileSource } from '../../server/tiles/source.ts';

export interface StationServer {
  url: string;
  /** The folder of its database, to restart on with `dataDir`. */
  dataDir: string;
  app: FastifyInstance;
  ctx: ServerContext;
  station: DemoStation;
  /** Stops the server; its database is removed unless `keepData` (to restart on it). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Options of `startStationServer`. */
export interface StationServerOptions {
  /** Adds routes before listening (the benchmark serves its own page from this origin). */
  beforeListen?: (app: FastifyInstance) => Promise<void>;
  /** Folder of the built app to serve; `dist/` by default. */
  distDir?: string;
  /** Port to listen on; a free one by default. A closed server's port keeps its origin. */
  port?: number;
  /**
   * Folder of a station's database from an earlier start: the server restarts on it, keeping
   * everything it had received (and `close()` leaves it for the next start).
   */
  dataDir?: string;
  /** An MBTiles file to serve at `/tiles/` (e.g. from `renderDemoMbtiles`); none by default. */
  tilesPath?: string;
  /** The station's clock (sessions, suspensions, reopening); the real one by default. */
  now?: () => Date;
}

/**
 * Starts the server with the demo station; `dist/` must have been built (`vite build`).
 * Takes the options, or only `beforeListen` as its first form did.
 */
export async function startStationServer(
  options: StationServerOptions | StationServerOptions['beforeListen'] = {},
): Promise<StationServer> {
  const { beforeListen, distDir, port, dataDir, tilesPath, now } =
    typeof options === 'function' ? { beforeListen: options } : options;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'ferrybeat-browser-'));
  const handle = openSqlite(join(dir, 'station.sqlite'));
  await migrate(handle.db);
  // The same seed and day make the same station, so a restart knows what it holds.
  const station = generateStation({ today: new Date() });
  if (await isStationEmpty(handle.db)) {
    await loadDemoStation(handle.db, station, {
      passwordHash: await hashPassword(DEMO_PASSWORD),
      dataDir: dir,
      now: new Date(),
    });
  }
  const tiles = tilesPath ? openTileSource(tilesPath) : undefined;
  const ctx = makeContext(handle, {
    photoDir: join(dir, 'photos'),
    ...(tiles ? { tiles } : {}),
    ...(now ? { now } : {}),
  });
  const app = await buildApp(ctx, {
    distDir: distDir ?? resolve(import.meta.dirname, '../../dist'),
  });
  await beforeListen?.(app);
  const address = await app.listen({ port: port ?? 0, host: '127.0.0.1' });
  return {
    url: `${address}/`,
    dataDir: dir,
    app,
    ctx,
    station,
    async close({ keepData = false } = {}) {
      await app.close();
      await handle.db.destroy();
      tiles?.close();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}
