/** 走访结果: four large radio buttons; required. */
import { VISIT_OUTCOMES } from '../../shared/vocabulary.ts';
import { t } from '../i18n/index.ts';
import { FieldMessage, messageId } from './FieldMessage.tsx';
import { OUTCOME_KEYS } from './labels.ts';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

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
        {VISIT_OUTCOMES.map((outcome) => (
          <label key={outcome} class={`choice outcome-choice outcome-${outcome}`}>
            <input
              type="radio"
              name="visit-outcome"
              value={outcome}
              checked={form.outcome === outcome}
              aria-invalid={error ? true : undefined}
              onChange={() => update((f) => ({ ...f, outcome }))}
            />
            <span>{t(OUTCOME_KEYS[outcome])}</span>
          </label>
        ))}
      </div>
      <FieldMessage error={error} />
    </fieldset>
  );
}
