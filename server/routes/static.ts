/**
 * Serves the built app from `dist/`. Hashed assets never change, so they are cached for a year;
 * `index.html`, the manifest and service worker files must be revalidated on every load, or a
 * phone could keep an old app shell forever.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Registers the app's files and the fallback that answers unknown pages with the app shell. */
export async function staticRoutes(
  app: FastifyInstance,
  distDir: string | undefined,
): Promise<void> {
  const hasApp = distDir !== undefined && existsSync(join(distDir, 'index.html'));
  if (hasApp && distDir) {
    await app.register(fastifyStatic, {
      root: distDir,
      cacheControl: false,
      setHeaders(res, path) {
        const hashed = path.includes(`${join(distDir, 'assets')}`);
        res.setHeader('cache-control', hashed ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasApp || request.method !== 'GET') {
      throw new ApiError(
        'E_NOT_FOUND',
        `no route ${request.method} ${request.url.split('?')[0]}`,
        404,
      );
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
