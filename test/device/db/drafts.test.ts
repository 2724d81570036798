/** Half-filled visit forms: kept per household, offered back only to their author. */
import { describe, expect, it } from 'vitest';
import { discardDraft, loadDraft, saveDraft } from '../../../src/device/db/drafts.ts';
import { makeDb } from '../fixtures.ts';

describe('visit drafts', () => {
  it('a draft is only offered back to the officer who wrote it', async () => {
    const db = makeDb();
    await saveDraft(db, { householdId: 'h1', userId: 'u-a', form: { notes: 'x' } });
    expect((await loadDraft(db, 'h1', 'u-a'))?.form).toEqual({ notes: 'x' });
    expect(await loadDraft(db, 'h1', 'u-b')).toBeUndefined();
  });

  it('keeps the latest form with the time it was written, until discarded', async () => {
    const db = makeDb();
    const at = new Date('2026-11-30T02:00:00Z');
    await saveDraft(db, { householdId: 'h1', userId: 'u-a', form: { notes: '1' } });
    await saveDraft(db, { householdId: 'h1', userId: 'u-a', form: { notes: '12' } }, () => at);
    expect(await loadDraft(db, 'h1', 'u-a')).toEqual({
      householdId: 'h1',
      userId: 'u-a',
      form: { notes: '12' },
      updatedAt: '2026-11-30T02:00:00.000Z',
    });
    await discardDraft(db, 'h1');
    expect(await loadDraft(db, 'h1', 'u-a')).toBeUndefined();
  });
});
