import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FerryBeatDB, LATEST_VERSION, type OutboxEntry } from '../../src/device/db/schema.ts';
import { expireSession } from '../../src/device/db/session.ts';
import { loadDraft, saveDraft } from '../../src/device/outbox/drafts.ts';
import { countUnsynced } from '../../src/device/outbox/pending.ts';
import { recordVisit } from '../../src/device/outbox/record.ts';
import { applyPage } from '../../src/device/sync/apply.ts';
import { EMPTY_VISIT_DETAILS } from '../../src/shared/entities.ts';
import { isUuidV7 } from '../../src/shared/uuidv7.ts';
import { household, makeDb, page, putHousehold, visit } from './fixtures.ts';

const at = new Date('2026-11-30T02:15:00Z');

function waiting(id: string): OutboxEntry {
  return {
    id,
    type: 'visit.record',
    createdAt: '2026-11-30T10:00:00+08:00',
    payload: {
      householdId: 'h1',
      visitedAt: '2026-11-30T10:00:00+08:00',
      outcome: 'met',
      notes: '',
    },
    userId: 'u-officer',
    householdId: 'h1',
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    syncedAt: null,
  };
}

describe('recording a visit', () => {
  it('commits the outbox entry and removes the household’s draft together', async () => {
    const db = makeDb();
    await saveDraft(db, { householdId: 'h1', userId: 'u-officer', form: { notes: 'half' } });
    const entry = await recordVisit(
      db,
      {
        ...EMPTY_VISIT_DETAILS,
        householdId: 'h1',
        visitedAt: at,
        outcome: 'nobody_home',
        notes: '门口贴了联系卡',
        topics: ['anti_fraud'],
        location: { lat: 22.43, lng: 113.14, accuracy: 12 },
        photos: [],
      },
      { userId: 'u-officer', now: () => at, offsetMinutes: 480 },
    );
    expect(isUuidV7(entry.id)).toBe(true);
    expect(await db.outbox.get(entry.id)).toEqual(entry);
    expect(entry).toMatchObject({
      state: 'waiting',
      createdAt: '2026-11-30T10:15:00+08:00',
      payload: {
        householdId: 'h1',
        visitedAt: '2026-11-30T10:15:00+08:00',
        outcome: 'nobody_home',
        notes: '门口贴了联系卡',
        topics: ['anti_fraud'],
        location: { lat: 22.43, lng: 113.14, accuracy: 12 },
        photos: [],
      },
    });
    expect(await loadDraft(db, 'h1', 'u-officer')).toBeUndefined();
    expect(await countUnsynced(db)).toBe(1);
  });

  it('a draft is only offered back to the officer who wrote it', async () => {
    const db = makeDb();
    await saveDraft(db, { householdId: 'h1', userId: 'u-a', form: { notes: 'x' } });
    expect((await loadDraft(db, 'h1', 'u-a'))?.form).toEqual({ notes: 'x' });
    expect(await loadDraft(db, 'h1', 'u-b')).toBeUndefined();
  });
});

describe('the outbox and pulls', () => {
  it('a reset pull drops the replica but never the outbox', async () => {
    const db = makeDb();
    await db.outbox.add(waiting('0190a000-0000-7000-8000-000000000001'));
    await applyPage(db, page([putHousehold('h1')], { reset: true }));
    expect(await db.outbox.count()).toBe(1);
  });

  it('a visit that comes back in a pull leaves the outbox, even one whose push answer was lost', async () => {
    const db = makeDb();
    const synced = { ...waiting('0190a000-0000-7000-8000-000000000001'), state: 'synced' as const };
    // Pushed, stored, but the answer was lost: the device still thinks it is waiting.
    const answerLost = waiting('0190a000-0000-7000-8000-000000000002');
    const refused = {
      ...waiting('0190a000-0000-7000-8000-000000000003'),
      state: 'rejected' as const,
    };
    const notBack = waiting('0190a000-0000-7000-8000-000000000004');
    await db.outbox.bulkAdd([synced, answerLost, refused, notBack]);
    const back = (id: string) => ({
      entity: 'visit' as const,
      op: 'put' as const,
      id,
      data: visit(id, 'h1', '2026-11-30T10:00:00+08:00'),
    });
    await applyPage(db, page([back(synced.id), back(answerLost.id), back(refused.id)]));
    expect((await db.outbox.toArray()).map((e) => e.id)).toEqual([refused.id, notBack.id]);
    expect(await db.visits.count()).toBe(3);
  });
});

describe('schema upgrades', () => {
  it('a phone on any earlier schema opens at the latest, with its data and every table', async () => {
    for (let from = 1; from < LATEST_VERSION; from++) {
      const name = `upgrade-from-${from}-${Math.random()}`;
      const old = new FerryBeatDB(name, { indexedDB, IDBKeyRange, upTo: from });
      await old.households.put(household('h1'));
      old.close();
      const current = new FerryBeatDB(name, { indexedDB, IDBKeyRange });
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      expect(await current.households.count()).toBe(1);
      const stores = [...current.backendDB().objectStoreNames].sort();
      expect(stores).toEqual(current.tables.map((table) => table.name).sort());
      current.close();
    }
  });

  it('an app update from the previous schema keeps every pending record and the replica', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new FerryBeatDB(name, { indexedDB, IDBKeyRange, upTo: LATEST_VERSION - 1 });
    const pending = [1, 2, 3].map((n) => waiting(`0190a000-0000-7000-8000-00000000000${n}`));
    await old.outbox.bulkAdd(pending);
    await old.households.put(household('h1'));
    await old.drafts.put({
      householdId: 'h2',
      userId: 'u-officer',
      form: { notes: 'x' },
      updatedAt: '',
    });
    old.close();

    const current = new FerryBeatDB(name, { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(await current.outbox.toArray()).toEqual(pending);
    expect(await current.households.count()).toBe(1);
    expect(await current.drafts.count()).toBe(1);
    expect(await current.photos.count()).toBe(0);
    current.close();
  });
});

describe('expired sessions', () => {
  it('a refused old token never signs out a session made since', async () => {
    const db = makeDb();
    await db.session.put({
      key: 'current',
      token: 'new-token',
      user: { id: 'u', username: 'u', displayName: 'u', role: 'officer', gridIds: [] },
      deviceName: 'd',
      signedInAt: '',
    });
    await expireSession(db, 'old-token');
    expect(await db.session.get('current')).toBeDefined();
    await expireSession(db, 'new-token');
    expect(await db.session.get('current')).toBeUndefined();
  });
});
