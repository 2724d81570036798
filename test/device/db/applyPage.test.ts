/** A pulled page written into the replica, and what it does to the visits recorded here. */
import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { household, makeDb, outboxEntry, page, putHousehold, visit } from '../fixtures.ts';

const visitedAt = '2026-11-30T10:00:00+08:00';
const waiting = (n: number) =>
  outboxEntry(`0190a000-0000-7000-8000-00000000000${n}`, 'h1', visitedAt);

describe('the outbox and pulls', () => {
  it('a reset pull drops the replica but never the outbox', async () => {
    const db = makeDb();
    await db.households.put(household('old'));
    await db.outbox.add(waiting(1));
    await applyPage(db, page([putHousehold('h1')], { reset: true }));
    expect((await db.households.toArray()).map((h) => h.id)).toEqual(['h1']);
    expect(await db.outbox.count()).toBe(1);
  });

  it('a visit that comes back in a pull leaves the outbox, even one whose push answer was lost', async () => {
    const db = makeDb();
    const synced = { ...waiting(1), state: 'synced' as const };
    // Pushed, stored, but the answer was lost: the device still thinks it is waiting.
    const answerLost = waiting(2);
    const refused = { ...waiting(3), state: 'rejected' as const };
    const notBack = waiting(4);
    await db.outbox.bulkAdd([synced, answerLost, refused, notBack]);
    const back = (id: string) => ({
      entity: 'visit' as const,
      op: 'put' as const,
      id,
      data: visit(id, 'h1', visitedAt),
    });
    await applyPage(db, page([back(synced.id), back(answerLost.id), back(refused.id)]));
    expect((await db.outbox.toArray()).map((e) => e.id)).toEqual([refused.id, notBack.id]);
    expect(await db.visits.count()).toBe(3);
  });

  it('marks the pull complete only with the last page', async () => {
    const db = makeDb();
    const now = () => new Date('2026-11-30T02:00:00Z');
    await applyPage(db, page([putHousehold('h1')], { hasMore: true, cursor: 'c1' }), now);
    expect(await db.meta.get('syncedAt')).toBeUndefined();
    expect((await db.meta.get('cursor'))?.value).toBe('c1');
    await applyPage(db, page([putHousehold('h2')], { cursor: 'c2' }), now);
    expect((await db.meta.get('syncedAt'))?.value).toBe('2026-11-30T02:00:00.000Z');
    expect((await db.meta.get('cursor'))?.value).toBe('c2');
  });
});
