/**
 * Signing in and out. The session (token, user, device name) is stored by device/db/session.ts.
 * Signing out drops the station data too: it is personal data on a phone that may be shared.
 */
import { unsyncedCounts } from '../../device/db/outbox.ts';
import type { FerryBeatDB, SessionRecord } from '../../device/db/schema.ts';
import { endSession, startSession } from '../../device/db/session.ts';
import type { Api } from '../../device/sync/api.ts';
import { withSyncLock } from '../../device/sync/lock.ts';

/** What the sign-in form hands over. */
export interface Credentials {
  username: string;
  password: string;
  deviceName: string;
}

/**
 * Signs in and stores the session; another user's replica goes in the same transaction
 * (`startSession`), a login that merely expired keeps its data and its cursor.
 */
export async function login(
  { db, api, now = () => new Date() }: { db: FerryBeatDB; api: Api; now?: () => Date },
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<SessionRecord> {
  const answer = await api.login(credentials, signal);
  // Another account's unsynced visits must leave with that account's own sign-in: pushed with
  // this one, they would be credited to the wrong officer (or refused as out of scope).
  const others = await unsyncedCounts(db, (author) => author !== answer.user.id);
  const othersPending = others.waiting + others.rejected;
  if (othersPending > 0) {
    api.logout(answer.token).catch(() => {});
    throw new OtherUserPendingError(othersPending);
  }
  const session: SessionRecord = {
    key: 'current',
    token: answer.token,
    user: answer.user,
    deviceName: credentials.deviceName,
    signedInAt: now().toISOString(),
  };
  await startSession(db, session);
  return session;
}

/** Sign-in refused on this phone: another account still has visits to send. */
export class OtherUserPendingError extends Error {
  constructor(readonly count: number) {
    super(`${count} unsynced visits of another account`);
    this.name = 'OtherUserPendingError';
  }
}

/**
 * Signs out: drops session, replica and sync meta locally in one transaction, then tells the
 * server without waiting (offline, the token simply expires there). The outbox stays: unsynced
 * visits are sent when their author signs in again (the sign-out button warns about them).
 * Callers stop any running sync first.
 */
export async function logout({ db, api }: { db: FerryBeatDB; api: Api }): Promise<void> {
  // Under the sync lock: a sync in another tab or the service worker finishes first, so none
  // writes this user's pages after the replica is dropped.
  const session = await withSyncLock(() => endSession(db));
  if (session) api.logout(session.token).catch(() => {});
}
