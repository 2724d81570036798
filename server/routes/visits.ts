/** The leader's view of what arrived: visits by receipt time, with device and officer. */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';
import { visitsQuery } from '../../src/shared/protocol.ts';
import type { ServerContext } from '../context.ts';
import { authenticate } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { visitsReceivedSince } from '../store/visits.ts';

const PAGE = 5_000;

/** Registers `GET /api/visits?since=<iso time>` (leader only). */
export function visitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/visits', async (request) => {
    const session = await authenticate(ctx, request);
    if (session.user.role !== 'leader') {
      throw new ApiError('E_SCOPE', 'only the station leader sees all arrivals', 403);
    }
    const query = parseOr400(visitsQuery, request.query);
    const since = new Date(query.since ?? 0).toISOString();
    return visitsReceivedSince(ctx.db, since, PAGE);
  });
}
