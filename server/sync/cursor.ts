/**
 * Pull cursors: opaque to the device, `v1.<seq>.<scope key>` in base64url. The scope key is a
 * hash of the grid cells (and entities) the cursor was made for; when a user's cells change, the old cursor no
 * longer matches and the pull starts over with `reset`, so the device gets the new cells'
 * households and drops the ones it may no longer hold.
 */
import { createHash } from 'node:crypto';
import { ApiError } from '../../src/shared/errors.ts';
import { entitiesOf } from '../../src/shared/protocol.ts';
import type { FeedScope } from '../store/feed.ts';

/**
 * A short stable key for a scope. The entities join the key only past protocol v1's, so v1
 * cursors stay valid for v1 apps, and an app that learns a new entity starts over once and
 * receives the records of it that it has never seen.
 */
export function scopeKey(scope: FeedScope): string {
  const cells = scope.gridIds === null ? '*' : [...scope.gridIds].sort().join(',');
  const v1 = entitiesOf(1);
  const entities =
    scope.entities.length === v1.length && v1.every((e) => scope.entities.includes(e))
      ? ''
      : `|${[...scope.entities].sort().join(',')}`;
  const source = cells + entities;
  return createHash('sha256').update(source).digest('base64url').slice(0, 12);
}

/** Makes the cursor that continues after `seq` for this scope. */
export function encodeCursor(seq: number, scope: FeedScope): string {
  return Buffer.from(`v1.${seq}.${scopeKey(scope)}`).toString('base64url');
}

/** The seq to continue after, or null when the cursor was made for another scope. */
export function decodeCursor(cursor: string, scope: FeedScope): number | null {
  const [version, seq, key] = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  const n = Number(seq);
  if (version !== 'v1' || !key || !/^\d+$/.test(seq ?? '') || !Number.isSafeInteger(n)) {
    throw new ApiError(
      'E_INVALID',
      'cursor is not one this server made; pull without it',
      400,
      'cursor',
    );
  }
  return key === scopeKey(scope) ? n : null;
}
