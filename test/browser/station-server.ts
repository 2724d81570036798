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

/**
 * Starts the server with the demo station; `dist/` must have been built (`vite build`).
 * `beforeListen` may add routes (the benchmark serves its own page from this origin).
 */
export async function startStationServer(
  beforeListen?: (app: FastifyInstance) => Promise<void>,
): Promise<StationServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-browser-'));
  const handle = openSqlite(join(dir, 'station.sqlite'));
  await migrate(handle.db);
  const station = generateStation({ today: new Date() });
  await loadStation(handle.db, station, await hashPassword(DEMO_PASSWORD), new Date());
  const ctx = makeContext(handle, { photoDir: join(dir, 'photos') });
  const app = await buildApp(ctx, { distDir: resolve(import.meta.dirname, '../../dist') });
  await beforeListen?.(app);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
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
