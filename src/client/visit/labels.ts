/**
 * Message keys of visit values shown in more than one place (form and list). Keyed by the
 * shared lists' types, so a new outcome or topic fails `tsc` until it has a label.
 */
import type { VisitOutcome, VisitTopic } from '../../shared/entities.ts';
import type { MessageKey } from '../i18n/index.ts';

/** The catalog key of an outcome's label. */
export const OUTCOME_KEYS: Record<VisitOutcome, MessageKey> = {
  met: 'outcome.met',
  nobody_home: 'outcome.nobody_home',
  refused: 'outcome.refused',
  moved: 'outcome.moved',
};

/** The catalog key of a topic's label. */
export const TOPIC_KEYS: Record<VisitTopic, MessageKey> = {
  anti_fraud: 'visit.topic.anti_fraud',
  dispute: 'visit.topic.dispute',
  hazard: 'visit.topic.hazard',
  help: 'visit.topic.help',
  other: 'visit.topic.other',
};
