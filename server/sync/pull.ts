/**
 * Builds one pull page. Record data sits in the feed as JSON text and is spliced into the answer
 * unparsed: a leader's first pull moves 70,000 records and parsing them would only cost time.
 */
import type { Kysely } from 'kysely';
import { PULL_LIMIT_DEFAULT, type PullQuery } from '../../src/shared/protocol.ts';
import { readFeedPage } from '../store/feed.ts';
import type { Database } from '../store/schema.ts';
import type { StaffUser } from '../store/users.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { scopeOf } from './scope.ts';

/** The JSON text of the next pull page for `user`. */
export async function pullPage(
  db: Kysely<Database>,
  user: StaffUser,
  query: PullQuery,
): Promise<string> {
  const scope = await scopeOf(db, user, query.v ?? 1);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, scope);
  const reset = after === null;
  const { rows, hasMore, remaining } = await readFeedPage(
    db,
    scope,
    after ?? 0,
    query.limit ?? PULL_LIMIT_DEFAULT,
  );
  const lastSeq = rows.at(-1)?.seq ?? after ?? 0;
  const changes = rows.map((r) =>
    r.op === 'put' && r.data !== null
      ? `{"entity":"${r.entity}","op":"put","id":${JSON.stringify(r.entity_id)},"data":${r.data}}`
      : `{"entity":"${r.entity}","op":"delete","id":${JSON.stringify(r.entity_id)}}`,
  );
  const cursor = JSON.stringify(encodeCursor(lastSeq, scope));
  return `{"changes":[${changes.join(',')}],"cursor":${cursor},"hasMore":${hasMore},"reset":${reset},"remaining":${remaining}}`;
}
