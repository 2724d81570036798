/** Reading and ending the stored session. Signing in lives in sync/login.ts (it needs the API). */
import type { FerryBeatDB, SessionRecord } from './schema.ts';

/** The stored session, or null when nobody is signed in. */
export async function readSession(db: FerryBeatDB): Promise<SessionRecord | null> {
  return (await db.session.get('current')) ?? null;
}

/**
 * Forgets the token but keeps the replica: used when the server says the login expired, so an
 * officer on a ferry keeps the household list until they can sign in again.
 */
export async function expireSession(db: FerryBeatDB): Promise<void> {
  await db.session.delete('current');
}

/** The time the last pull completed, or null before the first full pull. */
export async function readSyncedAt(db: FerryBeatDB): Promise<string | null> {
  return (await db.meta.get('syncedAt'))?.value ?? null;
}
