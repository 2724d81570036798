/** Message keys of visit values shown in more than one place (form and list). */
import type { VisitTopic } from '../../shared/entities.ts';
import type { MessageKey } from '../i18n/index.ts';

/** The catalog key of a topic's label. */
export const TOPIC_KEYS: Record<VisitTopic, MessageKey> = {
  anti_fraud: 'visit.topic.anti_fraud',
  dispute: 'visit.topic.dispute',
  hazard: 'visit.topic.hazard',
  help: 'visit.topic.help',
  other: 'visit.topic.other',
};
