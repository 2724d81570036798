/** One visit on a household's screen: when, outcome, state, topics, notes, follow-up, photos. */
import type { OutboxState } from '../../device/db/schema.ts';
import { formatDateTime, type MessageKey, t } from '../i18n/index.ts';
import type { VisitRow } from '../visit/history.ts';
import { OUTCOME_KEYS, TOPIC_KEYS } from '../visit/labels.ts';

const STATES: Record<OutboxState, MessageKey> = {
  waiting: 'visit.state.waiting',
  sending: 'visit.state.sending',
  synced: 'visit.state.synced',
  rejected: 'visit.state.rejected',
};

/** A visit as a list item, `data-visit-id` and `data-state` for scripts and tests. */
export function VisitItem({ visit }: { visit: VisitRow }) {
  return (
    <li class={`visit state-${visit.state}`} data-visit-id={visit.id} data-state={visit.state}>
      <span class="visit-line">
        <time dateTime={visit.visitedAt}>{formatDateTime(visit.visitedAt)}</time>
        <span class={`outcome outcome-${visit.outcome}`}>{t(OUTCOME_KEYS[visit.outcome])}</span>
      </span>
      <span class="visit-line">
        <span class="visit-by">
          {visit.username && t('detail.visitBy', { username: visit.username })}
        </span>
        <span class={`visit-state state-${visit.state}`}>{t(STATES[visit.state])}</span>
      </span>
      {visit.error && (
        <p class="visit-error error">{t('visit.rejectedReason', { message: visit.error })}</p>
      )}
      {(visit.topics.length > 0 || visit.followUp || visit.photoCount > 0) && (
        <span class="visit-tags">
          {visit.followUp && <span class="tag tag-follow-up">{t('visit.followUpTag')}</span>}
          {visit.topics.map((topic) => (
            <span key={topic} class="tag tag-topic">
              {t(TOPIC_KEYS[topic])}
            </span>
          ))}
          {visit.photoCount > 0 && (
            <span class="visit-photos">{t('visit.photoCount', { count: visit.photoCount })}</span>
          )}
        </span>
      )}
      {visit.notes && <p class="visit-notes">{visit.notes}</p>}
    </li>
  );
}
