/** The outbox as the officer sees it (what still waits) and as the sync engine sends it. */
import { describe, expect, it } from 'vitest';
import {
  dueEntries,
  localVisitsOf,
  putEntries,
  unsyncedCounts,
} from '../../../src/device/db/outbox.ts';
import type { PhotoRecord } from '../../../src/device/db/schema.ts';
import { makeDb, outboxEntry } from '../fixtures.ts';

const id = (n: number) => `0190a000-0000-7000-8000-00000000000${n}`;
const at = '2026-11-30T10:00:00+08:00';

function photo(hash: string, userId: string, state: PhotoRecord['state']): PhotoRecord {
  return {
    hash,
    visitId: id(1),
    userId,
    blob: null,
    type: 'image/jpeg',
    bytes: 1,
    width: 1,
    height: 1,
    state,
    lastError: null,
  };
}

describe('what is still owed to the station', () => {
  it('counts visits and photos not yet safe, of the authors asked about', async () => {
    const db = makeDb();
    await putEntries(db, [
      outboxEntry(id(1), 'h1', at),
      outboxEntry(id(2), 'h1', at, { state: 'sending' }),
      outboxEntry(id(3), 'h1', at, { state: 'rejected' }),
      outboxEntry(id(4), 'h1', at, { state: 'synced' }),
      outboxEntry(id(5), 'h2', at, { userId: 'u-other' }),
    ]);
    await db.photos.bulkPut([
      photo('p1', 'u-officer', 'waiting'),
      photo('p2', 'u-officer', 'uploaded'),
      photo('p3', 'u-other', 'rejected'),
    ]);
    expect(await unsyncedCounts(db)).toEqual({ waiting: 4, rejected: 2 });
    const own = (author: string) => author === 'u-officer';
    expect(await unsyncedCounts(db, own)).toEqual({ waiting: 3, rejected: 1 });
    expect(await unsyncedCounts(db, (author) => !own(author))).toEqual({ waiting: 1, rejected: 1 });
  });

  it("tells a user's visits on their way from those the station refused", async () => {
    const db = makeDb();
    await putEntries(db, [
      outboxEntry(id(1), 'h1', at),
      outboxEntry(id(2), 'h1', at, { state: 'sending' }),
      outboxEntry(id(3), 'h1', at, { state: 'rejected' }),
      outboxEntry(id(4), 'h1', at, { state: 'synced' }),
      outboxEntry(id(5), 'h1', at, { userId: 'u-other' }),
    ]);
    expect(await unsyncedCounts(db, (author) => author === 'u-officer')).toEqual({
      waiting: 2,
      rejected: 1,
    });
    expect(await unsyncedCounts(db, (author) => author === 'u-nobody')).toEqual({
      waiting: 0,
      rejected: 0,
    });
  });

  it("lists a household's visits recorded here, newest first", async () => {
    const db = makeDb();
    await putEntries(db, [
      outboxEntry(id(1), 'h1', at),
      outboxEntry(id(3), 'h1', at),
      outboxEntry(id(2), 'h2', at),
    ]);
    expect((await localVisitsOf(db, 'h1')).map((e) => e.id)).toEqual([id(3), id(1)]);
  });
});

describe('what the sync engine sends next', () => {
  it("the user's waiting and cut-off entries, oldest first, past their backoff", async () => {
    const db = makeDb();
    await putEntries(db, [
      outboxEntry(id(4), 'h1', at),
      outboxEntry(id(1), 'h1', at, { state: 'sending' }),
      outboxEntry(id(2), 'h1', at, { nextAttemptAt: 2_000 }),
      outboxEntry(id(3), 'h1', at, { state: 'rejected' }),
      outboxEntry(id(5), 'h1', at, { userId: 'u-other' }),
      outboxEntry(id(6), 'h1', at),
    ]);
    const query = { userId: 'u-officer', now: 1_000, ignoreBackoff: false, limit: 10 };
    expect((await dueEntries(db, query)).map((e) => e.id)).toEqual([id(1), id(4), id(6)]);
    const now = { ...query, ignoreBackoff: true, limit: 3 };
    expect((await dueEntries(db, now)).map((e) => e.id)).toEqual([id(1), id(2), id(4)]);
  });
});
