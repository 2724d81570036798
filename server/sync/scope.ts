/**
 * Who may see what. Officers and auxiliaries see the households, residents and visits of their
 * assigned grid cells; the leader sees the whole station. Every store query that returns
 * personal data takes a scope made here.
 */
import type { Kysely } from 'kysely';
import { entitiesOf, PROTOCOL_VERSION } from '../../src/shared/protocol.ts';
import type { FeedScope } from '../store/feed.ts';
import type { Database } from '../store/schema.ts';
import { gridIdsOf, type StaffUser } from '../store/users.ts';

/**
 * The scope of a user on a device speaking protocol `version`: null grid list means the whole
 * station.
 */
export async function scopeOf(
  db: Kysely<Database>,
  user: StaffUser,
  version = PROTOCOL_VERSION,
): Promise<FeedScope> {
  const entities = entitiesOf(version);
  if (user.role === 'leader') return { gridIds: null, entities };
  return { gridIds: await gridIdsOf(db, user.id), entities };
}

/** True when the scope covers a grid cell. */
export function scopeCovers(scope: FeedScope, gridId: string): boolean {
  return scope.gridIds === null || scope.gridIds.includes(gridId);
}
