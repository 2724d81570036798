/** Bearer-token authentication: resolves the session or answers 401 E_AUTH. */
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';
import { hashToken } from '../auth/tokens.ts';
import type { ServerContext } from '../context.ts';
import { type ActiveSession, findActiveSession } from '../store/sessions.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,128})$/;

/** The session behind the request's bearer token; throws E_AUTH when there is none. */
export async function authenticate(
  ctx: ServerContext,
  request: FastifyRequest,
): Promise<ActiveSession> {
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new ApiError('E_AUTH', 'sign in first: no valid bearer token', 401);
  const session = await findActiveSession(ctx.db, hashToken(match[1]), ctx.now(), ctx.sessionTtlMs);
  if (!session)
    throw new ApiError('E_AUTH', 'the sign-in has expired or was revoked; sign in again', 401);
  return session;
}

/**
 * The session of a leader; throws E_AUTH as `authenticate` does, and 403 E_SCOPE (`only the
 * station leader <does>`) for anyone else.
 */
export async function authenticateLeader(
  ctx: ServerContext,
  request: FastifyRequest,
  does: string,
): Promise<ActiveSession> {
  const session = await authenticate(ctx, request);
  if (session.user.role !== 'leader') {
    throw new ApiError('E_SCOPE', `only the station leader ${does}`, 403);
  }
  return session;
}
