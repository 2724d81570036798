import type { FastifyInstance } from 'fastify';
import { type ServerContext } from '../../server/context.ts';
import { type DemoStation } from '../../server/demo/station.ts';
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
export declare function startStationServer(
  beforeListen?: (app: FastifyInstance) => Promise<void>,
): Promise<StationServer>;
