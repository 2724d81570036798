/** What every section of the visit form receives, and how it finds its own error. */
import type { VisitForm } from './formModel.ts';
import type { FieldError } from './validate.ts';

/** The form, the way to change it, and the current problems (shown after a save attempt). */
export interface SectionProps {
  form: VisitForm;
  update: (change: (form: VisitForm) => VisitForm) => void;
  errors: readonly FieldError[];
}

/** The first problem with `field`, if any. */
export function errorFor(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}
