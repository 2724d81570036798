/** The sync protocol over HTTP: pull pages and push batches (docs/sync-protocol.md). */
import type { FastifyInstance } from 'fastify';
import { type PushResponse, pullQuery } from '../../src/shared/protocol.ts';
import type { ServerContext } from '../context.ts';
import { authenticate } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { pullPage } from '../sync/pull.ts';
import { applyPush } from '../sync/push.ts';

/** Registers `GET /api/sync/pull` and `POST /api/sync/push`. */
export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/sync/pull', async (request, reply) => {
    const session = await authenticate(ctx, request);
    const query = parseOr400(pullQuery, request.query);
    const page = await pullPage(ctx.db, session.user, query);
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page);
  });

  app.post('/api/sync/push', async (request): Promise<PushResponse> => {
    const session = await authenticate(ctx, request);
    const results = await applyPush(ctx.db, session, request.body, ctx.now());
    const applied = results.filter((r) => r.status === 'applied').length;
    request.log.info({ userId: session.user.id, mutations: results.length, applied }, 'push');
    return { results };
  });
}
