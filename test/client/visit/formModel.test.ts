import { describe, expect, it } from 'vitest';
import {
  addNewResident,
  addPhotos,
  emptyVisitForm,
  fromLocalInputValue,
  hasInput,
  MAX_NEW_RESIDENTS,
  MAX_PHOTOS,
  removeNewResident,
  setAntiFraudChecked,
  setAntiFraudInstalled,
  toggleMovedOut,
  togglePresent,
  toggleTopic,
  toLocalInputValue,
  updateNewResident,
  type VisitForm,
} from '../../../src/client/visit/formModel.ts';
import { toVisitInput, validateVisitForm } from '../../../src/client/visit/validate.ts';
import { visitPayload } from '../../../src/shared/protocol.ts';

const NOW = new Date(2025, 2, 4, 10, 30);
const blank = () => emptyVisitForm(NOW);
const photo = () => ({
  blob: new Blob([new Uint8Array(10)], { type: 'image/jpeg' }),
  type: 'image/jpeg' as const,
  width: 1600,
  height: 1200,
});

describe('the visit form model', () => {
  it('a blank form holds no input, carries the time now, and cannot be saved without an outcome', () => {
    const form = blank();
    expect(hasInput(form)).toBe(false);
    expect(form.visitedAt).toBe('2025-03-04T10:30');
    expect(validateVisitForm(form, NOW)).toEqual([
      { field: 'outcome', key: 'visit.error.outcome' },
    ]);
  });

  it('the datetime-local value round-trips in the phone zone, and impossible dates are refused', () => {
    expect(fromLocalInputValue(toLocalInputValue(NOW))?.getTime()).toBe(NOW.getTime());
    expect(fromLocalInputValue('2025-04-31T10:00')).toBeNull();
    expect(fromLocalInputValue('2025-03-04T24:00')).toBeNull();
    expect(fromLocalInputValue('')).toBeNull();
    expect(fromLocalInputValue('2025-03-04T10:30:15')?.getSeconds()).toBe(15);
  });

  it('a resident is either present or moved out, never both', () => {
    let form = togglePresent(blank(), 'r1');
    expect(form.presentResidentIds).toEqual(['r1']);
    form = toggleMovedOut(form, 'r1');
    expect(form).toMatchObject({ presentResidentIds: [], movedOutResidentIds: ['r1'] });
    form = togglePresent(form, 'r1');
    expect(form).toMatchObject({ presentResidentIds: ['r1'], movedOutResidentIds: [] });
    form = togglePresent(form, 'r1');
    expect(form).toMatchObject({ presentResidentIds: [], movedOutResidentIds: [] });
  });

  it('topics toggle on and off, and go out in the catalog order whatever the tapping order', () => {
    let form = toggleTopic(toggleTopic(blank(), 'help'), 'anti_fraud');
    form = toggleTopic(toggleTopic(form, 'other'), 'other');
    expect(form.topics).toEqual(['help', 'anti_fraud']);
    const input = toVisitInput({ ...form, outcome: 'met' }, 'h1', []);
    expect(input.topics).toEqual(['anti_fraud', 'help']);
  });

  it('the installed count stays whole within 0…50 and is sent only when the app was checked', () => {
    let form = setAntiFraudInstalled(blank(), 51);
    expect(form.antiFraudInstalled).toBe(50);
    expect(setAntiFraudInstalled(form, -3).antiFraudInstalled).toBe(0);
    expect(setAntiFraudInstalled(form, Number.NaN).antiFraudInstalled).toBe(0);
    expect(setAntiFraudInstalled(form, 2.7).antiFraudInstalled).toBe(2);
    form = { ...setAntiFraudInstalled(form, 3), outcome: 'met' };
    expect(toVisitInput(form, 'h1', []).antiFraudInstalled).toBe(0);
    form = setAntiFraudChecked(form, true);
    expect(toVisitInput(form, 'h1', [])).toMatchObject({
      antiFraudChecked: true,
      antiFraudInstalled: 3,
    });
  });

  it('new resident rows are added, edited and removed by key, up to 20', () => {
    let form = addNewResident(addNewResident(blank(), 'a'), 'b');
    form = updateNewResident(form, 'b', {
      name: ' 李小梅 ',
      sex: 'female',
      phone: '138 0000 1111',
    });
    form = removeNewResident(form, 'a');
    expect(form.newResidents).toEqual([
      { key: 'b', name: ' 李小梅 ', sex: 'female', phone: '138 0000 1111', note: '' },
    ]);
    expect(toVisitInput({ ...form, outcome: 'met' }, 'h1', []).newResidents).toEqual([
      { name: '李小梅', sex: 'female', phone: '138 0000 1111', note: '' },
    ]);
    let full = blank();
    for (let i = 0; i < MAX_NEW_RESIDENTS + 2; i++) full = addNewResident(full);
    expect(full.newResidents).toHaveLength(MAX_NEW_RESIDENTS);
  });

  it('photos are capped at 10, telling how many were left out', () => {
    const first = addPhotos(blank(), Array.from({ length: 7 }, photo));
    const second = addPhotos(first.form, Array.from({ length: 5 }, photo));
    expect(second.form.photos).toHaveLength(MAX_PHOTOS);
    expect(second.dropped).toBe(2);
    expect(new Set(second.form.photos.map((p) => p.key)).size).toBe(MAX_PHOTOS);
  });
});

describe('validating the visit form', () => {
  const rowForm = (change: Partial<VisitForm['newResidents'][number]>): VisitForm =>
    updateNewResident(addNewResident({ ...blank(), outcome: 'met' }, 'r'), 'r', change);

  it('names each problem with its field and row, in the order of the form', () => {
    const form: VisitForm = {
      ...rowForm({ name: '  ', phone: 'abc' }),
      outcome: 'nobody_home',
      presentResidentIds: ['x'],
      notes: 'n'.repeat(2001),
      visitedAt: toLocalInputValue(new Date(NOW.getTime() + 60 * 60_000)),
    };
    expect(validateVisitForm(form, NOW)).toEqual([
      { field: 'presentResidentIds', key: 'visit.error.presentNobodyHome' },
      { field: 'newResidents.r.name', key: 'visit.error.newName', params: { n: 1 } },
      { field: 'newResidents.r.phone', key: 'visit.error.newPhone', params: { n: 1 } },
      { field: 'notes', key: 'visit.error.notesLong', params: { max: 2000, count: 2001 } },
      { field: 'visitedAt', key: 'visit.error.timeFuture' },
    ]);
  });

  it('an empty phone is fine; a time a few minutes ahead (a rounded picker) is fine', () => {
    const form = {
      ...rowForm({ name: '王五' }),
      visitedAt: toLocalInputValue(new Date(NOW.getTime() + 60_000)),
    };
    expect(validateVisitForm(form, NOW)).toEqual([]);
    expect(validateVisitForm({ ...form, visitedAt: '' }, NOW)).toEqual([
      { field: 'visitedAt', key: 'visit.error.time' },
    ]);
  });

  it('a form without errors maps to a payload the protocol accepts', () => {
    let form: VisitForm = {
      ...rowForm({ name: '王五', sex: 'male', phone: '+86 138-0000-1111', note: '租客的表弟' }),
      presentResidentIds: ['r1', 'gone'],
      movedOutResidentIds: ['r2'],
      notes: '  宣传了最新的冒充客服诈骗。 ',
      followUp: true,
      location: { lat: 22.43, lng: 113.14, accuracy: 12 },
    };
    form = setAntiFraudInstalled(setAntiFraudChecked(toggleTopic(form, 'anti_fraud'), true), 2);
    expect(validateVisitForm(form, NOW)).toEqual([]);
    const input = toVisitInput(form, 'h1', ['r1', 'r2']);
    expect(input).toMatchObject({
      householdId: 'h1',
      outcome: 'met',
      notes: '宣传了最新的冒充客服诈骗。',
      presentResidentIds: ['r1'],
      movedOutResidentIds: ['r2'],
      followUp: true,
      location: { lat: 22.43, lng: 113.14, accuracy: 12 },
      photos: [],
    });
    expect(input.visitedAt.getTime()).toBe(NOW.getTime());
    const { photos: _p, visitedAt: _v, ...rest } = input;
    const parsed = visitPayload.safeParse({ ...rest, visitedAt: '2025-03-04T10:30:00+08:00' });
    expect(parsed.error).toBeUndefined();
  });

  it('refuses to map a form that still has errors', () => {
    expect(() => toVisitInput(blank(), 'h1', [])).toThrow(/validate/);
  });
});
