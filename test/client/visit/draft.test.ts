import { afterEach, describe, expect, it } from 'vitest';
import { restoreVisitForm } from '../../../src/client/visit/draftForm.ts';
import {
  addNewResident,
  addPhotos,
  emptyVisitForm,
  toggleTopic,
  updateNewResident,
  type VisitForm,
} from '../../../src/client/visit/formModel.ts';
import { isQuotaError } from '../../../src/client/visit/storageError.ts';
import { toVisitInput } from '../../../src/client/visit/validate.ts';
import { discardDraft, loadDraft, saveDraft } from '../../../src/device/db/drafts.ts';
import type { FerryBeatDB } from '../../../src/device/db/schema.ts';
import { recordVisit } from '../../../src/device/outbox/record.ts';
import { makeDb } from '../../device/fixtures.ts';

const NOW = new Date(2025, 2, 4, 10, 30);
const bytesOf = async (blob: Blob | undefined) =>
  new Uint8Array(await (blob ?? new Blob()).arrayBuffer());
let db: FerryBeatDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function filledForm(): VisitForm {
  let form: VisitForm = {
    ...emptyVisitForm(NOW),
    outcome: 'met',
    presentResidentIds: ['r1'],
    notes: '院子里堆放柴草，提醒注意防火',
    followUp: true,
    antiFraudChecked: true,
    antiFraudInstalled: 2,
    location: { lat: 22.43, lng: 113.14, accuracy: 15 },
  };
  form = toggleTopic(form, 'hazard');
  form = updateNewResident(addNewResident(form, 'row1'), 'row1', { name: '李四', sex: 'male' });
  const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
  return addPhotos(form, [{ blob: jpeg, type: 'image/jpeg', width: 1600, height: 1200 }]).form;
}

describe('visit drafts', () => {
  it('a half-filled form, photo included, comes back from IndexedDB as it was', async () => {
    db = makeDb();
    const form = filledForm();
    await saveDraft(db, { householdId: 'h1', userId: 'u1', form });
    const draft = await loadDraft(db, 'h1', 'u1');
    const restored = restoreVisitForm(draft?.form, new Date(2025, 2, 4, 12, 0));
    expect(restored).not.toBeNull();
    const { photos, ...fields } = restored as VisitForm;
    const { photos: savedPhotos, ...savedFields } = form;
    expect(fields).toEqual(savedFields);
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1200 });
    expect(await bytesOf(photos[0]?.blob)).toEqual(await bytesOf(savedPhotos[0]?.blob));
    expect(await loadDraft(db, 'h1', 'someone-else')).toBeUndefined();
  });

  it('a draft from another build keeps what is readable and drops what is not', () => {
    const restored = restoreVisitForm(
      {
        outcome: 'sleeping',
        notes: '门口有积水',
        topics: ['dispute', 'weather', 'dispute'],
        antiFraudInstalled: 99,
        newResidents: [{ name: '赵六', sex: 'x' }, 'junk'],
        photos: [{ blob: 'not a blob' }],
        visitedAt: 'yesterday',
        location: { lat: 'north' },
      },
      NOW,
    );
    expect(restored).toMatchObject({
      outcome: null,
      notes: '门口有积水',
      topics: ['dispute'],
      antiFraudInstalled: 50,
      newResidents: [{ name: '赵六', sex: '', phone: '', note: '' }],
      photos: [],
      visitedAt: '2025-03-04T10:30',
      location: null,
    });
    expect(restoreVisitForm('nonsense', NOW)).toBeNull();
  });

  it('saving the visit removes its draft; discarding removes it too', async () => {
    db = makeDb();
    const form = filledForm();
    await saveDraft(db, { householdId: 'h1', userId: 'u1', form });
    const entry = await recordVisit(db, toVisitInput(form, 'h1', ['r1']), { userId: 'u1' });
    expect(await loadDraft(db, 'h1', 'u1')).toBeUndefined();
    expect(entry.payload).toMatchObject({
      outcome: 'met',
      topics: ['hazard'],
      presentResidentIds: ['r1'],
      newResidents: [{ name: '李四', sex: 'male', phone: null, note: '' }],
    });
    expect(await db.photos.where('visitId').equals(entry.id).count()).toBe(1);
    await saveDraft(db, { householdId: 'h2', userId: 'u1', form });
    await discardDraft(db, 'h2');
    expect(await loadDraft(db, 'h2', 'u1')).toBeUndefined();
  });
});

describe('storage errors', () => {
  it('recognises a full disk as a DOMException, as Dexie’s error and wrapped by an abort', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'QuotaExceededError', message: 'x' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(
      isQuotaError(new Error('x', { cause: new DOMException('', 'QuotaExceededError') })),
    ).toBe(true);
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
