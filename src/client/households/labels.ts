/** Message keys for household and resident values, so data in Chinese reads in English too. */
import type { MessageKey } from '../i18n/index.ts';

// Relations arrive as the Chinese words of the register (see entities.ts).
const RELATIONS: Record<string, MessageKey> = {
  户主: 'relation.head',
  配偶: 'relation.spouse',
  子女: 'relation.child',
  父母: 'relation.parent',
  租客: 'relation.tenant',
  其他: 'relation.other',
};

/** The message key of a relation, or null for a word the catalog does not know (shown as is). */
export function relationKey(relation: string): MessageKey | null {
  return RELATIONS[relation] ?? null;
}
