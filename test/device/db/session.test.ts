/** Who is signed in, how far the device has synced, and the start state read before Dexie. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FerryBeatDB } from '../../../src/device/db/schema.ts';
import {
  endSession,
  expireSession,
  readCursor,
  readLastSyncAt,
  readSession,
  readStartStateDirect,
  readSyncedAt,
  saveLastSyncAt,
  startSession,
} from '../../../src/device/db/session.ts';
import { LATEST_VERSION } from '../../../src/device/db/versions.ts';
import { household, makeDb, outboxEntry } from '../fixtures.ts';

const session = {
  key: 'current' as const,
  token: 't',
  deviceName: '手机',
  signedInAt: '2026-11-30T08:00:00+08:00',
  user: {
    id: 'u1',
    username: 'officer01',
    displayName: '张警官',
    role: 'officer' as const,
    gridIds: ['g1'],
  },
};

describe('the start state read before the first render', () => {
  it('reads the session and the last pull time from the database Dexie made', async () => {
    const indexedDB = new IDBFactory();
    const db = new FerryBeatDB('start', { indexedDB, IDBKeyRange });
    await db.session.put(session);
    await db.meta.put({ key: 'syncedAt', value: '2026-11-30T07:00:00Z' });
    db.close();
    expect(await readStartStateDirect('start', LATEST_VERSION, indexedDB)).toEqual({
      session,
      syncedAt: '2026-11-30T07:00:00Z',
    });
  });

  it('says nothing, and creates nothing, when the database is not there yet', async () => {
    const indexedDB = new IDBFactory();
    expect(await readStartStateDirect('absent', LATEST_VERSION, indexedDB)).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
    // Dexie then makes it as on any new install.
    const db = new FerryBeatDB('absent', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('leaves a database of an older version to Dexie to upgrade', async () => {
    const indexedDB = new IDBFactory();
    const old = new FerryBeatDB('older', { indexedDB, IDBKeyRange, upTo: LATEST_VERSION - 1 });
    await old.session.put(session);
    old.close();
    expect(await readStartStateDirect('older', LATEST_VERSION, indexedDB)).toBeNull();
    const db = new FerryBeatDB('older', { indexedDB, IDBKeyRange });
    expect(await db.session.get('current')).toEqual(session);
    db.close();
  });
});

describe('the stored session', () => {
  it('a refused old token never signs out a session made since', async () => {
    const db = makeDb();
    await startSession(db, { ...session, token: 'new-token' });
    await expireSession(db, 'old-token');
    expect(await readSession(db)).not.toBeNull();
    await expireSession(db, 'new-token');
    expect(await readSession(db)).toBeNull();
  });

  it("a new owner's session drops the replica and the sync position in the same step", async () => {
    const db = makeDb();
    await startSession(db, session);
    await db.households.put(household('h1'));
    await db.meta.bulkPut([
      { key: 'cursor', value: 'c9' },
      { key: 'syncedAt', value: '2026-11-30T07:00:00Z' },
    ]);
    await startSession(db, session);
    expect(await readCursor(db)).toBe('c9');
    await startSession(db, { ...session, user: { ...session.user, id: 'u2' } });
    expect(await db.households.count()).toBe(0);
    expect(await readCursor(db)).toBeUndefined();
    expect(await readSyncedAt(db)).toBeNull();
  });

  it('ending a session forgets who, the replica and the sync state, but keeps the outbox', async () => {
    const db = makeDb();
    await startSession(db, session);
    await db.households.put(household('h1'));
    await db.outbox.put(outboxEntry('o1', 'h1', '2026-11-30T09:00:00+08:00'));
    await saveLastSyncAt(db, '2026-11-30T08:00:00.000Z');
    expect(await readLastSyncAt(db)).toBe('2026-11-30T08:00:00.000Z');
    expect(await endSession(db)).toEqual(session);
    expect(await readSession(db)).toBeNull();
    expect(await readLastSyncAt(db)).toBeNull();
    expect(await db.households.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect(await endSession(db)).toBeNull();
  });
});
