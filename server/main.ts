/**
 * Starts the FerryBeat server: opens the store under DATA_DIR, applies migrations, loads the
 * demo station into an empty store (never in production), serves the app, the API and the map
 * tiles (MBTILES, or in demo mode the demo station's map, rendered on first start).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp, LOG_REDACT } from './app.ts';
import { hashPassword } from './auth/passwords.ts';
import { readConfig } from './config.ts';
import { makeContext } from './context.ts';
import { DEMO_ACCOUNT_LINES, DEMO_PASSWORD } from './demo/accounts.ts';
import { loadDemoStation } from './demo/load.ts';
import { generateStation } from './demo/station.ts';
import { DATABASE_FILE, migrate, openSqlite } from './store/database.ts';
import { isStationEmpty } from './store/station.ts';
import { prepareTiles } from './tiles/startup.ts';

const root = resolve(import.meta.dirname, '..');
const config = (() => {
  try {
    return readConfig(process.env, process.argv);
  } catch (error) {
    console.error(`FerryBeat cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};

const handle = openSqlite(join(config.dataDir, DATABASE_FILE));
await migrate(handle.db);
const empty = await isStationEmpty(handle.db);
if (empty && !config.production) {
  const started = performance.now();
  const station = generateStation({ seed: config.demoSeed, today: new Date() });
  const crossings = await loadDemoStation(handle.db, station, {
    passwordHash: await hashPassword(DEMO_PASSWORD),
    dataDir: config.dataDir,
    now: new Date(),
  });
  console.log(
    `Loaded the demo station (seed ${config.demoSeed}): ${station.households.length} households, ` +
      `${station.residents.length} residents, ${crossings} ferry crossings (GTFS) in ` +
      `${Math.round(performance.now() - started)} ms`,
  );
}

const tiles = await prepareTiles(config).catch((error: Error) => {
  console.error(`FerryBeat cannot start: ${error.message}`);
  process.exit(1);
});
const ctx = makeContext(handle, {
  production: config.production,
  version,
  photoDir: join(config.dataDir, 'photos'),
  ...(tiles ? { tiles } : {}),
});
const app = await buildApp(ctx, {
  distDir: join(root, 'dist'),
  logger: { level: config.logLevel, redact: LOG_REDACT },
});
const address = await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${new URL(address).port}/`;
// One write, so that whoever reads the banner (a person, a test) gets it whole.
const banner = [`\nFerryBeat 摆渡警务 is running at ${url}\n`];
if (!config.production) {
  banner.push('Demo accounts:', ...DEMO_ACCOUNT_LINES.map((line) => `  ${line}`), '');
} else if (empty) {
  banner.push('Production mode: the store is empty and no demo data was loaded.', '');
}
console.log(banner.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => {
      tiles?.close();
      return handle.db.destroy();
    });
  });
}
