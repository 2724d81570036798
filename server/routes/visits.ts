/** The leader's view of what arrived: visits by receipt time, with device and officer. */
import type { FastifyInstance } from 'fastify';
import { visitsQuery } from '../../src/shared/protocol.ts';
import type { ServerContext } from '../context.ts';
import { authenticateLeader } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { visitsReceivedSince } from '../store/visits.ts';

const PAGE = 5_000;

/** Registers `GET /api/visits?since=<iso time>` (leader only). */
export function visitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/visits', async (request) => {
    await authenticateLeader(ctx, request, 'sees all arrivals');
    const query = parseOr400(visitsQuery, request.query);
    const since = new Date(query.since ?? 0).toISOString();
    return visitsReceivedSince(ctx.db, since, PAGE);
  });
}
