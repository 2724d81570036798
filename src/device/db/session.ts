/**
 * Who is signed in and how far this device has synced: the `session` and `meta` tables. Asking
 * the server to sign in lives in client/sync/login.ts (it needs the API); storing the answer is
 * here.
 */
import { clearReplica, replicaTables } from './replica.ts';
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

/**
 * Stores a new session. When a different user signs in than the one the replica belongs to, the
 * replica is dropped in the same transaction, so nobody ever sees the previous user's
 * households (a login that merely expired keeps its data and its cursor).
 */
export async function startSession(db: FerryBeatDB, session: SessionRecord): Promise<void> {
  const userId = session.user.id;
  await db.transaction('rw', [...replicaTables(db), db.meta, db.session], async () => {
    // No recorded owner (signed out) counts as another owner: a sync still running elsewhere
    // at sign-out may have written pages after the replica was dropped.
    const owner = await db.meta.get('userId');
    if (owner?.value !== userId) await clearReplica(db);
    await db.meta.put({ key: 'userId', value: userId });
    await db.session.put(session);
  });
}

/**
 * Drops session, replica and sync state in one transaction (the outbox stays for its author);
 * returns the session that was ended, if any.
 */
export async function endSession(db: FerryBeatDB): Promise<SessionRecord | null> {
  const current = await readSession(db);
  await db.transaction('rw', [...replicaTables(db), db.meta, db.session], async () => {
    await clearReplica(db);
    await Promise.all([db.meta.clear(), db.session.clear()]);
  });
  return current;
}

/** The time the last pull completed, or null before the first full pull. */
export async function readSyncedAt(db: FerryBeatDB): Promise<string | null> {
  return (await db.meta.get('syncedAt'))?.value ?? null;
}

/** The server's pull cursor stored with the last page written, or undefined before any. */
export async function readCursor(db: FerryBeatDB): Promise<string | undefined> {
  return (await db.meta.get('cursor'))?.value;
}

/** ISO time of the last sync that pushed and pulled everything, or null before one. */
export async function readLastSyncAt(db: FerryBeatDB): Promise<string | null> {
  return (await db.meta.get('lastSyncAt'))?.value ?? null;
}

/** Records the end of a sync that pushed and pulled everything. */
export async function saveLastSyncAt(db: FerryBeatDB, at: string): Promise<void> {
  await db.meta.put({ key: 'lastSyncAt', value: at });
}

/** What the first screen needs: who is signed in and whether the first pull completed. */
export interface StartState {
  session: SessionRecord | null;
  syncedAt: string | null;
}

/**
 * The session and the last pull's time, read on a short-lived connection of its own in plain
 * IndexedDB. At a cold start Dexie's open and first reads take 100–200 ms longer than the
 * browser's own (measured in the first-paint benchmark), and the first screen waits on this
 * read alone. Null when the database is not there yet or is not at this build's version (an
 * upgrade is Dexie's job; the screens then read through Dexie).
 * https://developer.mozilla.org/docs/Web/API/IDBFactory/open
 */
export function readStartStateDirect(
  name: string,
  version: number,
  factory: IDBFactory = indexedDB,
): Promise<StartState | null> {
  return new Promise((resolve) => {
    // Opened without a version, so never upgraded here; an absent database would be created at
    // version 1, so that creation is aborted and Dexie makes the database as on any new install.
    const open = factory.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const idb = open.result;
      // Never in the way of an upgrade Dexie starts meanwhile.
      idb.onversionchange = () => idb.close();
      // Dexie stores version × 10 (see Dexie's docs on `version()`).
      if (idb.version !== version * 10 || !idb.objectStoreNames.contains('session')) {
        idb.close();
        resolve(null);
        return;
      }
      const tx = idb.transaction(['session', 'meta'], 'readonly');
      const session = tx.objectStore('session').get('current');
      const synced = tx.objectStore('meta').get('syncedAt');
      tx.oncomplete = () => {
        idb.close();
        resolve({
          session: (session.result as SessionRecord | undefined) ?? null,
          syncedAt: (synced.result as { value: string } | undefined)?.value ?? null,
        });
      };
      tx.onerror = () => {
        idb.close();
        resolve(null);
      };
    };
  });
}
