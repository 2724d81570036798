/**
 * Reading a stored draft back into a form. A draft may have been written by an older build of
 * the app, so every field is checked and a missing or odd one falls back to the blank form's:
 * whatever is readable is restored, and a bad field never loses the rest.
 */
import type { GeoFix } from '../../shared/entities.ts';
import {
  isOneOf,
  PHOTO_TYPES,
  SEXES,
  VISIT_OUTCOMES,
  VISIT_TOPICS,
} from '../../shared/vocabulary.ts';
import {
  emptyVisitForm,
  type FormPhoto,
  fromLocalInputValue,
  MAX_NEW_RESIDENTS,
  MAX_PHOTOS,
  type NewResidentRow,
  newKey,
  setAntiFraudInstalled,
  type VisitForm,
} from './formModel.ts';

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function readRow(v: unknown): NewResidentRow | null {
  if (!isObject(v)) return null;
  const sex = isOneOf(SEXES, v.sex) ? v.sex : '';
  const key = str(v.key) || newKey();
  return { key, name: str(v.name), sex, phone: str(v.phone), note: str(v.note) };
}

function readPhoto(v: unknown): FormPhoto | null {
  if (!isObject(v) || !(v.blob instanceof Blob)) return null;
  if (!isOneOf(PHOTO_TYPES, v.type)) return null;
  if (typeof v.width !== 'number' || typeof v.height !== 'number') return null;
  return {
    key: str(v.key) || newKey(),
    blob: v.blob,
    type: v.type,
    width: v.width,
    height: v.height,
  };
}

function readLocation(v: unknown): GeoFix | null {
  if (!isObject(v)) return null;
  const { lat, lng, accuracy } = v;
  if (typeof lat !== 'number' || typeof lng !== 'number' || typeof accuracy !== 'number')
    return null;
  return { lat, lng, accuracy };
}

const present = <T>(x: T | null): x is T => x !== null;

/** The form saved in a draft, or null when the draft holds no form at all. */
export function restoreVisitForm(value: unknown, now: Date): VisitForm | null {
  if (!isObject(value)) return null;
  const blank = emptyVisitForm(now);
  const outcome = isOneOf(VISIT_OUTCOMES, value.outcome) ? value.outcome : null;
  const topics = strings(value.topics).filter((t) => isOneOf(VISIT_TOPICS, t));
  const visitedAt = str(value.visitedAt);
  const form: VisitForm = {
    outcome,
    presentResidentIds: strings(value.presentResidentIds),
    movedOutResidentIds: strings(value.movedOutResidentIds),
    newResidents: (Array.isArray(value.newResidents) ? value.newResidents : [])
      .map(readRow)
      .filter(present)
      .slice(0, MAX_NEW_RESIDENTS),
    antiFraudChecked: value.antiFraudChecked === true,
    antiFraudInstalled: 0,
    topics: [...new Set(topics)],
    notes: str(value.notes),
    followUp: value.followUp === true,
    visitedAt: fromLocalInputValue(visitedAt) ? visitedAt : blank.visitedAt,
    location: readLocation(value.location),
    photos: (Array.isArray(value.photos) ? value.photos : [])
      .map(readPhoto)
      .filter(present)
      .slice(0, MAX_PHOTOS),
  };
  const installed = typeof value.antiFraudInstalled === 'number' ? value.antiFraudInstalled : 0;
  return setAntiFraudInstalled(form, installed);
}
