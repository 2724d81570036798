/**
 * Sign-in sessions. A session is bound to one device name, expires after a quiet spell, and can
 * be revoked (sign-out, or the station withdrawing a lost phone).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { StaffUser } from './users.ts';

/** A session that may act: its user and device. */
export interface ActiveSession {
  sessionId: string;
  deviceName: string;
  user: StaffUser;
}

/** Stores a new session for a device; the token itself is never stored, only its hash. */
export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; tokenHash: string; deviceName: string; now: Date; ttlMs: number },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('sessions')
    .values({
      id,
      token_hash: input.tokenHash,
      user_id: input.userId,
      device_name: input.deviceName,
      created_at: input.now.toISOString(),
      last_seen_at: input.now.toISOString(),
      expires_at: new Date(input.now.getTime() + input.ttlMs).toISOString(),
      revoked_at: null,
    })
    .execute();
  return id;
}

/** The live session for a token hash, its expiry pushed on by use; undefined when none. */
export async function findActiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
  ttlMs: number,
): Promise<ActiveSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.device_name as deviceName',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.username',
      'users.display_name as displayName',
      'users.role',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return undefined;
  // Extend a sliding expiry at most once a minute: a write per request would cost every pull.
  if (now.getTime() - Date.parse(row.lastSeenAt) > 60_000) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + ttlMs).toISOString(),
      })
      .where('id', '=', row.sessionId)
      .execute();
  }
  return {
    sessionId: row.sessionId,
    deviceName: row.deviceName,
    user: { id: row.userId, username: row.username, displayName: row.displayName, role: row.role },
  };
}

/** Ends a session; its token no longer works. */
export async function revokeSession(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}
