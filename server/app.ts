/** Assembles the HTTP server from routes and a context; tests call it with `inject`. */
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerContext } from './context.ts';
import { installErrorHandlers } from './http/errors.ts';
import { authRoutes } from './routes/auth.ts';
import { ferryRoutes } from './routes/ferries.ts';
import { healthRoutes } from './routes/health.ts';
import { photoRoutes } from './routes/photos.ts';
import { staticRoutes } from './routes/static.ts';
import { syncRoutes } from './routes/sync.ts';
import { tileRoutes } from './routes/tiles.ts';
import { visitRoutes } from './routes/visits.ts';

/**
 * Largest request body: a push of 1,000 everyday visits (~0.7 MB) fits; a batch of unusually
 * long notes is refused with 413 and the device sends it again in halves.
 */
export const BODY_LIMIT = 2 * 1024 * 1024;

export interface AppOptions {
  /** Folder of the built app; omitted in API-only tests. */
  distDir?: string;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Logs carry method, route, status and timing, never bodies or the token: household data is
 * personal data and the logs leave the station's hands far more easily than the database.
 */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers.cookie'];

/** Builds the app; the caller listens or injects. */
export async function buildApp(
  ctx: ServerContext,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
  });
  installErrorHandlers(app);
  // gzip, not brotli: brotli's default level costs seconds on a 20 MB leader pull.
  await app.register(fastifyCompress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  syncRoutes(app, ctx);
  visitRoutes(app, ctx);
  ferryRoutes(app, ctx);
  photoRoutes(app, ctx);
  tileRoutes(app, ctx);
  await staticRoutes(app, options.distDir);
  return app;
}
