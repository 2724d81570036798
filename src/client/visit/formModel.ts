/**
 * The visit form's state as plain data, and the pure edits the form's controls make to it.
 * The same object is kept as the household's draft (see useVisitDraft.ts), so a reload puts
 * the officer back where they were; photo blobs travel with it (IndexedDB stores Blobs).
 */

import type { PhotoInput } from '../../device/outbox/record.ts';
import type { GeoFix, VisitOutcome, VisitTopic } from '../../shared/entities.ts';
import { VISIT_LIMITS } from '../../shared/visitLimits.ts';
import type { Sex } from '../../shared/vocabulary.ts';

/** Most rows of newly found residents and photos one visit carries (protocol limits). */
export const MAX_NEW_RESIDENTS = VISIT_LIMITS.newResidents;
export const MAX_PHOTOS = VISIT_LIMITS.photos;
/** Most people with the anti-fraud app, and the longest notes, name and note (protocol limits). */
export const MAX_ANTI_FRAUD_INSTALLED = VISIT_LIMITS.antiFraudInstalled;
export const MAX_NOTES = VISIT_LIMITS.notes;
export const MAX_NEW_NAME = VISIT_LIMITS.newResidentName;
export const MAX_NEW_NOTE = VISIT_LIMITS.newResidentNote;

/** One row of a resident found living here but not on the register; strings as typed. */
export interface NewResidentRow {
  /** Stable key of the row on screen (rows can be removed from the middle). */
  key: string;
  name: string;
  sex: Sex | '';
  phone: string;
  note: string;
}

/** A shrunk photo on the form, keyed for the thumbnail list. */
export interface FormPhoto extends PhotoInput {
  key: string;
}

/** Everything on the visit form. */
export interface VisitForm {
  outcome: VisitOutcome | null;
  presentResidentIds: string[];
  movedOutResidentIds: string[];
  newResidents: NewResidentRow[];
  antiFraudChecked: boolean;
  antiFraudInstalled: number;
  topics: VisitTopic[];
  notes: string;
  followUp: boolean;
  /** A `datetime-local` value, `YYYY-MM-DDTHH:MM` in the phone's zone. */
  visitedAt: string;
  location: GeoFix | null;
  photos: FormPhoto[];
}

let keyCount = 0;
/** A key unique within this page for rows and photos. */
export function newKey(): string {
  keyCount++;
  return `k${Date.now().toString(36)}${keyCount}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as a `datetime-local` value in the phone's zone, to the minute. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value read in the phone's zone; null when empty or malformed. */
export function fromLocalInputValue(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const date = new Date(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
  // new Date rolls 31 April over to 1 May; a value that rolled over was not a real time.
  const real =
    date.getMonth() === n(2) - 1 && date.getDate() === n(3) && date.getMinutes() === n(5);
  return real ? date : null;
}

/** A blank form whose time is `now`. */
export function emptyVisitForm(now: Date): VisitForm {
  return {
    outcome: null,
    presentResidentIds: [],
    movedOutResidentIds: [],
    newResidents: [],
    antiFraudChecked: false,
    antiFraudInstalled: 0,
    topics: [],
    notes: '',
    followUp: false,
    visitedAt: toLocalInputValue(now),
    location: null,
    photos: [],
  };
}

/**
 * Whether the officer has entered anything. The time and the GPS fix fill themselves in, so
 * they alone don't make a draft worth keeping.
 */
export function hasInput(form: VisitForm): boolean {
  return (
    form.outcome !== null ||
    form.presentResidentIds.length > 0 ||
    form.movedOutResidentIds.length > 0 ||
    form.newResidents.length > 0 ||
    form.antiFraudChecked ||
    form.topics.length > 0 ||
    form.notes.trim() !== '' ||
    form.followUp ||
    form.photos.length > 0
  );
}

const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Ticks or unticks a resident as present; a present resident is no longer moved out. */
export function togglePresent(form: VisitForm, residentId: string): VisitForm {
  const presentResidentIds = toggled(form.presentResidentIds, residentId);
  const movedOutResidentIds = presentResidentIds.includes(residentId)
    ? form.movedOutResidentIds.filter((id) => id !== residentId)
    : form.movedOutResidentIds;
  return { ...form, presentResidentIds, movedOutResidentIds };
}

/** Ticks or unticks a resident as moved out; a moved-out resident is no longer present. */
export function toggleMovedOut(form: VisitForm, residentId: string): VisitForm {
  const movedOutResidentIds = toggled(form.movedOutResidentIds, residentId);
  const presentResidentIds = movedOutResidentIds.includes(residentId)
    ? form.presentResidentIds.filter((id) => id !== residentId)
    : form.presentResidentIds;
  return { ...form, presentResidentIds, movedOutResidentIds };
}

/** Switches a topic chip. */
export function toggleTopic(form: VisitForm, topic: VisitTopic): VisitForm {
  return { ...form, topics: toggled(form.topics, topic) };
}

/** Ticks the anti-fraud check; unticking keeps the count on screen but it is not sent. */
export function setAntiFraudChecked(form: VisitForm, checked: boolean): VisitForm {
  return { ...form, antiFraudChecked: checked };
}

/** Sets the installed count, kept whole and within 0…50 (a stepper or typed digits). */
export function setAntiFraudInstalled(form: VisitForm, value: number): VisitForm {
  const n = Number.isFinite(value) ? Math.trunc(value) : 0;
  return {
    ...form,
    antiFraudInstalled: Math.min(MAX_ANTI_FRAUD_INSTALLED, Math.max(0, n)),
  };
}

/** Appends an empty new-resident row, up to the protocol's limit. */
export function addNewResident(form: VisitForm, key: string = newKey()): VisitForm {
  if (form.newResidents.length >= MAX_NEW_RESIDENTS) return form;
  const row: NewResidentRow = { key, name: '', sex: '', phone: '', note: '' };
  return { ...form, newResidents: [...form.newResidents, row] };
}

/** Edits one field of a new-resident row. */
export function updateNewResident(
  form: VisitForm,
  key: string,
  change: Partial<Omit<NewResidentRow, 'key'>>,
): VisitForm {
  return {
    ...form,
    newResidents: form.newResidents.map((row) => (row.key === key ? { ...row, ...change } : row)),
  };
}

/** Removes a new-resident row. */
export function removeNewResident(form: VisitForm, key: string): VisitForm {
  return { ...form, newResidents: form.newResidents.filter((row) => row.key !== key) };
}

/** Adds shrunk photos, up to the protocol's limit; returns the form and how many were left out. */
export function addPhotos(
  form: VisitForm,
  photos: readonly PhotoInput[],
): { form: VisitForm; dropped: number } {
  const room = Math.max(0, MAX_PHOTOS - form.photos.length);
  const added = photos.slice(0, room).map((p) => ({ ...p, key: newKey() }));
  return {
    form: { ...form, photos: [...form.photos, ...added] },
    dropped: photos.length - added.length,
  };
}

/** Removes a photo. */
export function removePhoto(form: VisitForm, key: string): VisitForm {
  return { ...form, photos: form.photos.filter((p) => p.key !== key) };
}
