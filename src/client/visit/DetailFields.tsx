/** The smaller fields of the visit form: topics, notes, follow-up and the time of the visit. */
import { VISIT_TOPICS } from '../../shared/entities.ts';
import { t } from '../i18n/index.ts';
import { FieldMessage, messageId } from './FieldMessage.tsx';
import { MAX_NOTES, toggleTopic } from './formModel.ts';
import { TOPIC_KEYS } from './labels.ts';
import { errorFor, type SectionProps } from './section.ts';
import { fieldId } from './validate.ts';

/** 走访事项 as toggle chips (buttons with `aria-pressed`). */
export function TopicChips({ form, update }: SectionProps) {
  return (
    <fieldset class="visit-section" id={fieldId('topics')}>
      <legend>{t('visit.topics')}</legend>
      <div class="chips">
        {VISIT_TOPICS.map((topic) => (
          <button
            key={topic}
            type="button"
            class="chip"
            aria-pressed={form.topics.includes(topic)}
            onClick={() => update((f) => toggleTopic(f, topic))}
          >
            {t(TOPIC_KEYS[topic])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** 走访情况: free text up to 2,000 characters with a counter. */
export function NotesField({ form, update, errors }: SectionProps) {
  const error = errorFor(errors, 'notes');
  const counterId = `${fieldId('notes')}-count`;
  return (
    <div class="visit-section field">
      <label for={fieldId('notes')}>{t('visit.notes')}</label>
      <textarea
        id={fieldId('notes')}
        rows={4}
        maxLength={MAX_NOTES}
        value={form.notes}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${counterId} ${messageId('notes')}` : counterId}
        onInput={(e) => {
          const notes = e.currentTarget.value;
          update((f) => ({ ...f, notes }));
        }}
      />
      <small id={counterId} class="counter">
        {t('visit.notesCount', { count: form.notes.length, max: MAX_NOTES })}
      </small>
      <FieldMessage error={error} />
    </div>
  );
}

/** 需要跟进 as a switch. */
export function FollowUpSwitch({ form, update }: SectionProps) {
  return (
    <label class="visit-section switch">
      <span class="check-name">{t('visit.followUp')}</span>
      <input
        type="checkbox"
        role="switch"
        aria-checked={form.followUp}
        checked={form.followUp}
        onChange={(e) => {
          const followUp = e.currentTarget.checked;
          update((f) => ({ ...f, followUp }));
        }}
      />
    </label>
  );
}

/** 走访时间: the phone's clock by default, editable to the minute. */
export function TimeField({ form, update, errors }: SectionProps) {
  const error = errorFor(errors, 'visitedAt');
  return (
    <div class="visit-section field">
      <label for={fieldId('visitedAt')}>{t('visit.time')}</label>
      <input
        id={fieldId('visitedAt')}
        type="datetime-local"
        value={form.visitedAt}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId('visitedAt') : undefined}
        onInput={(e) => {
          const visitedAt = e.currentTarget.value;
          update((f) => ({ ...f, visitedAt }));
        }}
      />
      <FieldMessage error={error} />
    </div>
  );
}
