import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../src/device/db/applyPage.ts';
import { latestVisits } from '../../../src/device/db/latestVisits.ts';
import type { FerryBeatDB } from '../../../src/device/db/schema.ts';
import { householdsVisitedSince, visitsOf } from '../../../src/device/db/visits.ts';
import { makeDb, outboxEntry, page, putVisit } from '../fixtures.ts';

const at = (iso: string) => Date.parse(iso);

async function lastVisits(db: FerryBeatDB) {
  return Object.fromEntries((await db.lastVisits.toArray()).map((r) => [r.householdId, r.at]));
}

describe("each household's latest visit, kept with the pulled visits", () => {
  it('is the latest in time, whatever offset each visit was written with', () => {
    expect(
      latestVisits([
        { householdId: 'h1', visitedAt: '2025-03-01T07:00:00+08:00' },
        // Later in time, though earlier as a string.
        { householdId: 'h1', visitedAt: '2025-02-28T23:30:00Z' },
        { householdId: 'h2', visitedAt: 'not a time' },
      ]),
    ).toEqual(new Map([['h1', at('2025-02-28T23:30:00Z')]]));
  });

  it('grows with pulled visits, and an older visit pulled later does not move it back', async () => {
    const db = makeDb();
    await applyPage(db, page([putVisit('v1', 'h1', '2025-03-02T09:00:00+08:00')]));
    await applyPage(
      db,
      page([
        putVisit('v2', 'h1', '2025-02-10T09:00:00+08:00'),
        putVisit('v3', 'h2', '2025-03-03T09:00:00+08:00'),
      ]),
    );
    expect(await lastVisits(db)).toEqual({
      h1: at('2025-03-02T09:00:00+08:00'),
      h2: at('2025-03-03T09:00:00+08:00'),
    });
  });

  it('falls back to the previous visit when the latest is deleted, and goes with the last', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2025-02-01T09:00:00+08:00'),
        putVisit('v2', 'h1', '2025-03-02T09:00:00+08:00'),
        putVisit('v3', 'h2', '2025-03-01T09:00:00+08:00'),
      ]),
    );
    await applyPage(
      db,
      page([
        { entity: 'visit', op: 'delete', id: 'v2' },
        { entity: 'visit', op: 'delete', id: 'v3' },
        // Sent again (after a change of cells, say): changes nothing.
        putVisit('v1', 'h1', '2025-02-01T09:00:00+08:00'),
      ]),
    );
    expect(await lastVisits(db)).toEqual({ h1: at('2025-02-01T09:00:00+08:00') });
  });

  it('is dropped with the replica on a reset, and refilled from the new one', async () => {
    const db = makeDb();
    await applyPage(db, page([putVisit('v1', 'h1', '2025-03-02T09:00:00+08:00')]));
    await applyPage(db, page([putVisit('v9', 'h9', '2025-03-04T09:00:00+08:00')], { reset: true }));
    expect(await lastVisits(db)).toEqual({ h9: at('2025-03-04T09:00:00+08:00') });
  });

  it('answers who was visited since an instant from the index alone', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2025-03-01T00:30:00+08:00'),
        putVisit('v2', 'h2', '2025-02-28T23:30:00+08:00'),
      ]),
    );
    // The visits themselves are not read: without them the answer stays the same.
    await db.visits.clear();
    const since = at('2025-03-01T00:00:00+08:00');
    expect([...(await householdsVisitedSince(db, since))]).toEqual(['h1']);
  });
});

describe('households visited since an instant', () => {
  it('counts visits still in the outbox, by when they happened, not when they were saved', async () => {
    const db = makeDb();
    await db.outbox.bulkPut([
      outboxEntry('o1', 'h1', '2025-03-01T08:00:00+08:00'),
      outboxEntry('o2', 'h2', '2025-02-28T18:00:00+08:00'),
    ]);
    const since = at('2025-03-01T00:00:00+08:00');
    expect([...(await householdsVisitedSince(db, since))]).toEqual(['h1']);
  });
});

describe("a household's pulled visits", () => {
  it('are those of that household only', async () => {
    const db = makeDb();
    await applyPage(
      db,
      page([
        putVisit('v1', 'h1', '2025-03-01T09:00:00+08:00'),
        putVisit('v2', 'h2', '2025-03-01T10:00:00+08:00'),
        putVisit('v3', 'h1', '2025-03-02T09:00:00+08:00'),
      ]),
    );
    expect((await visitsOf(db, 'h1')).map((v) => v.id).sort()).toEqual(['v1', 'v3']);
    expect(await visitsOf(db, 'h9')).toEqual([]);
  });
});
