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
import { type DemoStation, generateStation } from '../../server/demo/station.ts';
import { migrate, openSqlite } from '../../server/store/database.ts';
import { loadStation } from '../../server/store/station.ts';

export interface StationServer {
  url: string;
  app: FastifyInstance;
  ctx: ServerContext;
  station: DemoStation;
  close(): Promise<void>;
}

/** Options of `startStationServer`. */
export interface StationServerOptions {
  /** Adds routes before listening (the benchmark serves its own page from this origin). */
  beforeListen?: (app: FastifyInstance) => Promise<void>;
  /** Folder of the built app to serve; `dist/` by default. */
  distDir?: string;
  /** Port to listen on; a free one by default. A closed server's port keeps its origin. */
  port?: number;
}

/**
 * Starts the server with the demo station; `dist/` must have been built (`vite build`).
 * Takes the options, or only `beforeListen` as its first form did.
 */
export async function startStationServer(
  options: StationServerOptions | StationServerOptions['beforeListen'] = {},
): Promise<StationServer> {
  const { beforeListen, distDir, port } =
    typeof options === 'function' ? { beforeListen: options } : options;
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-browser-'));
  const handle = openSqlite(join(dir, 'station.sqlite'));
  await migrate(handle.db);
  const station = generateStation({ today: new Date() });
  await loadStation(handle.db, station, await hashPassword(DEMO_PASSWORD), new Date());
  const ctx = makeContext(handle, { photoDir: join(dir, 'photos') });
  const app = await buildApp(ctx, {
    distDir: distDir ?? resolve(import.meta.dirname, '../../dist'),
  });
  await beforeListen?.(app);
  const address = await app.listen({ port: port ?? 0, host: '127.0.0.1' });
  return {
    url: `${address}/`,
    app,
    ctx,
    station,
    async close() {
      await app.close();
      await handle.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
