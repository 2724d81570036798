/**
 * Checking the visit form before saving, and turning it into what `recordVisit` takes. The
 * limits are the server's own (src/shared/visitLimits.ts), so a saved visit is never refused
 * by the server for its shape.
 */

import type { VisitInput } from '../../device/outbox/record.ts';
import { VISIT_TOPICS } from '../../shared/entities.ts';
import { PHONE_PATTERN } from '../../shared/visitLimits.ts';
import type { MessageKey } from '../i18n/index.ts';
import {
  fromLocalInputValue,
  MAX_ANTI_FRAUD_INSTALLED,
  MAX_NEW_NAME,
  MAX_NEW_NOTE,
  MAX_NOTES,
  type VisitForm,
} from './formModel.ts';

/** A problem with one field: its id on the form and the message to show there. */
export interface FieldError {
  /** `outcome`, `visitedAt`, `notes`, `newResidents.<rowKey>.phone`, … */
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** How far ahead of the phone's clock a visit time may be (a minute-rounded picker). */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Every problem on the form, in the order the fields appear; empty when it can be saved. */
export function validateVisitForm(form: VisitForm, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (form.outcome === null) errors.push({ field: 'outcome', key: 'visit.error.outcome' });
  if (form.outcome === 'nobody_home' && form.presentResidentIds.length > 0) {
    errors.push({ field: 'presentResidentIds', key: 'visit.error.presentNobodyHome' });
  }
  form.newResidents.forEach((row, i) => {
    const n = i + 1;
    const name = row.name.trim();
    if (name === '') {
      errors.push({
        field: `newResidents.${row.key}.name`,
        key: 'visit.error.newName',
        params: { n },
      });
    } else if (name.length > MAX_NEW_NAME) {
      errors.push({
        field: `newResidents.${row.key}.name`,
        key: 'visit.error.newNameLong',
        params: { n, max: MAX_NEW_NAME },
      });
    }
    const phone = row.phone.trim();
    if (phone !== '' && !PHONE_PATTERN.test(phone)) {
      errors.push({
        field: `newResidents.${row.key}.phone`,
        key: 'visit.error.newPhone',
        params: { n },
      });
    }
    if (row.note.trim().length > MAX_NEW_NOTE) {
      errors.push({
        field: `newResidents.${row.key}.note`,
        key: 'visit.error.newNoteLong',
        params: { n, max: MAX_NEW_NOTE },
      });
    }
  });
  const installed = form.antiFraudInstalled;
  if (
    form.antiFraudChecked &&
    !(Number.isInteger(installed) && installed >= 0 && installed <= MAX_ANTI_FRAUD_INSTALLED)
  ) {
    errors.push({
      field: 'antiFraudInstalled',
      key: 'visit.error.antiFraudCount',
      params: { max: MAX_ANTI_FRAUD_INSTALLED },
    });
  }
  if (form.notes.trim().length > MAX_NOTES) {
    errors.push({
      field: 'notes',
      key: 'visit.error.notesLong',
      params: { max: MAX_NOTES, count: form.notes.trim().length },
    });
  }
  const visitedAt = fromLocalInputValue(form.visitedAt);
  if (visitedAt === null) errors.push({ field: 'visitedAt', key: 'visit.error.time' });
  else if (visitedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    errors.push({ field: 'visitedAt', key: 'visit.error.timeFuture' });
  }
  return errors;
}

/** The DOM id of a field's control, for labels, `aria-describedby` and focusing the first error. */
export function fieldId(field: string): string {
  return `visit-${field.replace(/[^\w-]/g, '-')}`;
}

/**
 * The form as `recordVisit` takes it. Call only on a form without errors. Residents no longer
 * in the household (a pull removed them while the draft waited) are left out.
 */
export function toVisitInput(
  form: VisitForm,
  householdId: string,
  residentIds: readonly string[],
): VisitInput {
  const visitedAt = fromLocalInputValue(form.visitedAt);
  if (form.outcome === null || visitedAt === null) {
    throw new Error('toVisitInput: the form has errors; validate it first');
  }
  const known = new Set(residentIds);
  return {
    householdId,
    visitedAt,
    outcome: form.outcome,
    notes: form.notes.trim(),
    presentResidentIds: form.presentResidentIds.filter((id) => known.has(id)),
    movedOutResidentIds: form.movedOutResidentIds.filter((id) => known.has(id)),
    newResidents: form.newResidents.map((row) => ({
      name: row.name.trim(),
      sex: row.sex === '' ? null : row.sex,
      phone: row.phone.trim() === '' ? null : row.phone.trim(),
      note: row.note.trim(),
    })),
    antiFraudChecked: form.antiFraudChecked,
    antiFraudInstalled: form.antiFraudChecked ? form.antiFraudInstalled : 0,
    // In the catalog's order, whatever order the chips were tapped in.
    topics: VISIT_TOPICS.filter((topic) => form.topics.includes(topic)),
    followUp: form.followUp,
    location: form.location,
    photos: form.photos.map(({ blob, type, width, height }) => ({ blob, type, width, height })),
  };
}
