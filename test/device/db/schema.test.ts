/**
 * Every phone upgrades its database through the schema steps it has not seen yet: from any older
 * version, the records it holds (above all the visits not yet sent) come through whole.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FerryBeatDB } from '../../../src/device/db/schema.ts';
import { LATEST_VERSION } from '../../../src/device/db/versions.ts';
import { household, outboxEntry, visit } from '../fixtures.ts';

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
    const pending = [1, 2, 3].map((n) =>
      outboxEntry(`0190a000-0000-7000-8000-00000000000${n}`, 'h1', '2026-11-30T10:00:00+08:00'),
    );
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

  it("fills each household's latest visit from the visits already on a phone (version 6)", async () => {
    const name = `last-visits-${Math.random()}`;
    const old = new FerryBeatDB(name, { indexedDB, IDBKeyRange, upTo: 5 });
    await old.visits.bulkPut([
      visit('v1', 'h1', '2025-02-01T09:00:00+08:00'),
      visit('v2', 'h1', '2025-03-02T09:00:00+08:00'),
      visit('v3', 'h2', '2025-03-01T09:00:00+08:00'),
    ]);
    old.close();
    const current = new FerryBeatDB(name, { indexedDB, IDBKeyRange });
    expect(await current.lastVisits.toArray()).toEqual([
      { householdId: 'h1', at: Date.parse('2025-03-02T09:00:00+08:00') },
      { householdId: 'h2', at: Date.parse('2025-03-01T09:00:00+08:00') },
    ]);
    expect(await current.visits.count()).toBe(3);
    current.close();
  });
});
