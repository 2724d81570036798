/** One past visit: when, outcome, who, notes. */
import type { Visit } from '../../shared/entities.ts';
import { formatDateTime, type MessageKey, t } from '../i18n/index.ts';

const OUTCOMES: Record<Visit['outcome'], MessageKey> = {
  met: 'outcome.met',
  nobody_home: 'outcome.nobody_home',
  refused: 'outcome.refused',
  moved: 'outcome.moved',
};

/** A visit as a list item. */
export function VisitItem({ visit }: { visit: Visit }) {
  return (
    <li class="visit">
      <span class="visit-line">
        <time dateTime={visit.visitedAt}>{formatDateTime(visit.visitedAt)}</time>
        <span class={`outcome outcome-${visit.outcome}`}>{t(OUTCOMES[visit.outcome])}</span>
      </span>
      <span class="visit-by">{t('detail.visitBy', { username: visit.username })}</span>
      {visit.notes && <p class="visit-notes">{visit.notes}</p>}
    </li>
  );
}
