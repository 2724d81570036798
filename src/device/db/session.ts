/** Reading and ending the stored session. Signing in lives in sync/login.ts (it needs the API). */
import type { FerryBeatDB, SessionRecord } from './schema.ts';

/** The stored session, or null when nobody is signed in. */
export async function readSession(db: FerryBeatDB): Promise<SessionRecord | null> {
  return (await db.session.get('current')) ?? null;
}

/**
 * Forgets the token (only `token`, when given) but keeps the replica: used when the server says the login expired, so an
 * officer on a ferry keeps the household list until they can sign in again.
 */
export async function expireSession(db: FerryBeatDB, token?: string): Promise<void> {
  // Only the session that expired: a sync that started before the officer signed in again
  // must not sign out the new session when its old token is refused.
  await db.transaction('rw', db.session, async () => {
    const current = await db.session.get('current');
    if (current && (token === undefined || current.token === token)) {
      await db.session.delete('current');
    }
  });
}

/** The time the last pull completed, or null before the first full pull. */
export async function readSyncedAt(db: FerryBeatDB): Promise<string | null> {
  return (await db.meta.get('syncedAt'))?.value ?? null;
}
