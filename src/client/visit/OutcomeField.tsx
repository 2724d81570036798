/** 走访结果: four large radio buttons; required. */
import type { VisitOutcome } from '../../shared/entities.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { FieldMessage, messageId } from './FieldMessage.tsx';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

const OUTCOMES: readonly [VisitOutcome, MessageKey][] = [
  ['met', 'outcome.met'],
  ['nobody_home', 'outcome.nobody_home'],
  ['refused', 'outcome.refused'],
  ['moved', 'outcome.moved'],
];

/** The outcome radio group. */
export function OutcomeField({ form, update, errors }: SectionProps) {
  const error = errorFor(errors, 'outcome');
  return (
    <fieldset
      class="visit-section"
      id={fieldId('outcome')}
      tabIndex={-1}
      aria-describedby={error ? messageId('outcome') : undefined}
    >
      <legend>
        {t('visit.outcome')} <span class="required">*</span>
      </legend>
      <div class="choices">
        {OUTCOMES.map(([outcome, key]) => (
          <label key={outcome} class={`choice outcome-choice outcome-${outcome}`}>
            <input
              type="radio"
              name="visit-outcome"
              value={outcome}
              checked={form.outcome === outcome}
              aria-invalid={error ? true : undefined}
              onChange={() => update((f) => ({ ...f, outcome }))}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </div>
      <FieldMessage error={error} />
    </fieldset>
  );
}
