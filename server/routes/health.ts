/** Liveness and what is running, for monitoring and for the device's "server reachable" check. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { ping } from '../store/database.ts';

/** Registers `GET /api/health`. */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async (_request, reply) => {
    await ping(ctx.db);
    reply.header('cache-control', 'no-store');
    return { status: 'ok', store: ctx.dialect, version: ctx.version };
  });
}
