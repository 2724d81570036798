/**
 * Ferry suspensions set by the station (停航: fog, typhoon, repairs). Each reaches every device
 * through the change feed like any other change; these routes are the leader's only.
 */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';
import type { Suspension } from '../../src/shared/ferry/timetable.ts';
import { suspensionInput } from '../../src/shared/protocol.ts';
import { uuidv7 } from '../../src/shared/uuidv7.ts';
import type { ServerContext } from '../context.ts';
import { authenticateLeader } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { crossingExists, findSuspension, putSuspension } from '../store/ferries.ts';

const iso = (time: string) => new Date(time).toISOString();
/** The later of two ISO instants. */
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

const leaderOf = (ctx: ServerContext, request: Parameters<typeof authenticateLeader>[1]) =>
  authenticateLeader(ctx, request, 'stops or reopens a crossing');

/**
 * Registers `POST /api/ferries/suspensions` (stop a crossing; the same id again changes that
 * suspension) and `POST /api/ferries/suspensions/:id/end` (reopen it now).
 */
export function ferryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/ferries/suspensions', async (request, reply) => {
    const session = await leaderOf(ctx, request);
    const input = parseOr400(suspensionInput, request.body);
    if (!(await crossingExists(ctx.db, input.crossingId))) {
      throw new ApiError('E_NOT_FOUND', 'no crossing with this id', 404, 'crossingId');
    }
    const now = ctx.now();
    const id = input.id ?? uuidv7(now.getTime());
    const known = await findSuspension(ctx.db, id);
    const suspension: Suspension = {
      id,
      crossingId: input.crossingId,
      from: iso(input.from),
      until: input.until === null ? null : iso(input.until),
      reason: input.reason,
      note: input.note,
      createdAt: known?.createdAt ?? now.toISOString(),
    };
    await putSuspension(ctx.db, suspension, session.user.id);
    request.log.info({ suspension: id, crossing: input.crossingId }, 'crossing suspended');
    return reply.code(known ? 200 : 201).send(suspension);
  });

  app.post<{ Params: { id: string } }>(
    '/api/ferries/suspensions/:id/end',
    async (request): Promise<Suspension> => {
      const session = await leaderOf(ctx, request);
      const known = await findSuspension(ctx.db, request.params.id);
      if (!known) throw new ApiError('E_NOT_FOUND', 'no suspension with this id', 404, 'id');
      const now = ctx.now().toISOString();
      // Already over: nothing to change, and the feed stays as it is.
      if (known.until !== null && known.until <= now) return known;
      // Not begun yet: reopening cancels it (an empty window).
      const ended = { ...known, until: later(now, known.from) };
      await putSuspension(ctx.db, ended, session.user.id);
      request.log.info({ suspension: known.id }, 'crossing reopened');
      return ended;
    },
  );
}
