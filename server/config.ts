/** Settings from the environment, checked once at start with a clear message when wrong. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: string;
  production: boolean;
  /** Seed for the demo station generator (demo mode only). */
  demoSeed: number;
  /** MBTiles file of map tiles to serve; unset, demo mode renders the demo station's own. */
  mbtiles: string | undefined;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads PORT, HOST, DATA_DIR, LOG_LEVEL, NODE_ENV / --production, DEMO_SEED and MBTILES. */
export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const demoSeed = Number(env.DEMO_SEED ?? 20230801);
  if (!Number.isSafeInteger(demoSeed))
    throw new Error(`DEMO_SEED must be an integer, got "${env.DEMO_SEED}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    logLevel,
    production: env.NODE_ENV === 'production' || argv.includes('--production'),
    demoSeed,
    mbtiles: env.MBTILES ? resolve(env.MBTILES) : undefined,
  };
}
