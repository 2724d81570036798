/** A field's problem, shown under it and tied to it with `aria-describedby`. */
import { t } from '../i18n/index.ts';
import type { FieldError } from './validate.ts';
import { fieldId } from './validate.ts';

/** The id of a field's message element. */
export function messageId(field: string): string {
  return `${fieldId(field)}-error`;
}

/** Nothing, or the message of `error` in the danger colour. */
export function FieldMessage({ error }: { error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={messageId(error.field)}>
      {t(error.key, error.params)}
    </p>
  );
}
