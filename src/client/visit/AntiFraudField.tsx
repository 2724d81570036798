/** 反诈: whether the national anti-fraud app was checked, and for how many it is installed. */
import { t } from '../i18n/index.ts';
import { FieldMessage, messageId } from './FieldMessage.tsx';
import {
  MAX_ANTI_FRAUD_INSTALLED,
  setAntiFraudChecked,
  setAntiFraudInstalled,
} from './formModel.ts';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

/** A checkbox, and while it is ticked a − [n] + stepper within 0…50. */
export function AntiFraudField({ form, update, errors }: SectionProps) {
  const error = errorFor(errors, 'antiFraudInstalled');
  const n = form.antiFraudInstalled;
  const step = (by: number) => update((f) => setAntiFraudInstalled(f, f.antiFraudInstalled + by));
  return (
    <div class="visit-section">
      <label class="check">
        <input
          type="checkbox"
          checked={form.antiFraudChecked}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            update((f) => setAntiFraudChecked(f, checked));
          }}
        />
        <span class="check-name">{t('visit.antiFraud')}</span>
      </label>
      {form.antiFraudChecked && (
        <div class="stepper-row">
          <label for={fieldId('antiFraudInstalled')}>{t('visit.antiFraudInstalled')}</label>
          <div class="stepper">
            <button
              type="button"
              aria-label={t('visit.decrease')}
              disabled={n <= 0}
              onClick={() => step(-1)}
            >
              −
            </button>
            <input
              id={fieldId('antiFraudInstalled')}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_ANTI_FRAUD_INSTALLED}
              step={1}
              value={n}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? messageId('antiFraudInstalled') : undefined}
              onInput={(e) => {
                const value = e.currentTarget.valueAsNumber;
                update((f) => setAntiFraudInstalled(f, value));
              }}
            />
            <button
              type="button"
              aria-label={t('visit.increase')}
              disabled={n >= MAX_ANTI_FRAUD_INSTALLED}
              onClick={() => step(1)}
            >
              +
            </button>
          </div>
        </div>
      )}
      <FieldMessage error={error} />
    </div>
  );
}
