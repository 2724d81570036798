/** Sign-in and sign-out. Sign-in is throttled per username and per client address. */
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../src/shared/errors.ts';
import { type LoginResponse, loginRequest } from '../../src/shared/protocol.ts';
import { verifyAgainstDecoy, verifyPassword } from '../auth/passwords.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServerContext } from '../context.ts';
import { DEMO_PASSWORD } from '../demo/accounts.ts';
import { authenticate } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { createSession, revokeSession } from '../store/sessions.ts';
import { findUserForLogin, gridIdsOf } from '../store/users.ts';

/** Registers `POST /api/auth/login` and `POST /api/auth/logout`. */
export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/auth/login', async (request, reply): Promise<LoginResponse> => {
    const body = parseOr400(loginRequest, request.body);
    const keys = [`user:${body.username.toLowerCase()}`, `addr:${request.ip}`] as const;
    const waitMs = Math.max(
      ctx.throttle.user.waitMs(keys[0]),
      ctx.throttle.address.waitMs(keys[1]),
    );
    if (waitMs > 0) {
      reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new ApiError('E_THROTTLED', 'too many failed sign-ins; wait and try again', 429);
    }
    const user = await findUserForLogin(ctx.db, body.username);
    const ok = user
      ? await verifyPassword(body.password, user.passwordHash)
      : await verifyAgainstDecoy(body.password);
    if (!user || !ok) {
      ctx.throttle.user.fail(keys[0]);
      ctx.throttle.address.fail(keys[1]);
      throw new ApiError('E_AUTH', 'wrong username or password', 401);
    }
    if (ctx.production && body.password === DEMO_PASSWORD) {
      throw new ApiError(
        'E_PRODUCTION',
        'the demo password is refused in production; set a real one',
        403,
        'password',
      );
    }
    ctx.throttle.user.succeed(keys[0]);
    const token = newToken();
    await createSession(ctx.db, {
      userId: user.id,
      tokenHash: hashToken(token),
      deviceName: body.deviceName,
      now: ctx.now(),
      ttlMs: ctx.sessionTtlMs,
    });
    request.log.info({ userId: user.id }, 'signed in');
    const gridIds = user.role === 'leader' ? [] : await gridIdsOf(ctx.db, user.id);
    return {
      token,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        gridIds,
      },
    };
  });

  app.post('/api/auth/logout', async (request) => {
    const session = await authenticate(ctx, request);
    await revokeSession(ctx.db, session.sessionId, ctx.now());
    return { ok: true };
  });
}
