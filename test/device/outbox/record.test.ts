/** Saving a visit: the outbox entry, its photos and the draft's removal commit together or not at all. */
import { describe, expect, it } from 'vitest';
import { loadDraft, saveDraft } from '../../../src/device/db/drafts.ts';
import { unsyncedCounts } from '../../../src/device/db/outbox.ts';
import { recordVisit, type VisitInput } from '../../../src/device/outbox/record.ts';
import { EMPTY_VISIT_DETAILS } from '../../../src/shared/entities.ts';
import { isUuidV7 } from '../../../src/shared/uuidv7.ts';
import { makeDb } from '../fixtures.ts';

const at = new Date('2026-11-30T02:15:00Z');

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
    expect(await unsyncedCounts(db)).toEqual({ waiting: 1, rejected: 0 });
  });

  it('a save that fails stores none of its photos and keeps the draft', async () => {
    const db = makeDb();
    const input: VisitInput = {
      ...EMPTY_VISIT_DETAILS,
      householdId: 'h1',
      visitedAt: at,
      outcome: 'met',
      notes: '',
      photos: [],
    };
    const sameId = () => '0190a000-0000-7000-8000-000000000001';
    await recordVisit(db, input, { userId: 'u-officer', now: () => at, newId: sameId });
    await saveDraft(db, { householdId: 'h1', userId: 'u-officer', form: { notes: 'again' } });
    const photo = { blob: new Blob(['jpeg']), type: 'image/jpeg' as const, width: 4, height: 3 };
    // The same id again: the outbox refuses the entry, so nothing of this save may stay.
    await expect(
      recordVisit(
        db,
        { ...input, photos: [photo] },
        { userId: 'u-officer', now: () => at, newId: sameId },
      ),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    expect((await loadDraft(db, 'h1', 'u-officer'))?.form).toEqual({ notes: 'again' });
  });
});
