/** Household visits: idempotent recording by mutation id, and the leader's arrivals list. */
import type { Kysely, Transaction } from 'kysely';
import type { Visit } from '../../src/shared/entities.ts';
import { putFeedRecords } from './feed.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The grid cell of each known household among `ids`. */
export async function gridsOfHouseholds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('households')
    .select(['id', 'grid_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.grid_id]));
}

/** The author of each visit among `ids` that is already stored. */
export async function authorsOfVisits(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('visits')
    .select(['id', 'user_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.user_id]));
}

/** Stores visits and their feed rows; the caller runs it in the push's transaction. */
export async function insertVisits(
  db: Db,
  visits: readonly Visit[],
  sessionId: string | null,
): Promise<void> {
  if (visits.length === 0) return;
  for (let i = 0; i < visits.length; i += 1_000) {
    await db
      .insertInto('visits')
      .values(
        visits.slice(i, i + 1_000).map((v) => ({
          id: v.id,
          household_id: v.householdId,
          grid_id: v.gridId,
          user_id: v.userId,
          session_id: sessionId,
          device_name: v.deviceName,
          visited_at: v.visitedAt,
          received_at: v.receivedAt,
          outcome: v.outcome,
          notes: v.notes,
        })),
      )
      .execute();
  }
  await putFeedRecords(
    db,
    visits.map((v) => ({ entity: 'visit', id: v.id, gridId: v.gridId, data: v })),
  );
}

/** Visits that reached the server at or after `since`, oldest first, at most `limit`. */
export async function visitsReceivedSince(
  db: Db,
  since: string,
  limit: number,
): Promise<{ visits: (Visit & { sessionId: string | null })[]; hasMore: boolean }> {
  const rows = await db
    .selectFrom('visits')
    .innerJoin('users', 'users.id', 'visits.user_id')
    .selectAll('visits')
    .select('users.username')
    .where('visits.received_at', '>=', since)
    .orderBy('visits.received_at')
    .orderBy('visits.id')
    .limit(limit + 1)
    .execute();
  const visits = rows.slice(0, limit).map((r) => ({
    id: r.id,
    householdId: r.household_id,
    gridId: r.grid_id,
    userId: r.user_id,
    username: r.username,
    deviceName: r.device_name,
    sessionId: r.session_id,
    visitedAt: r.visited_at,
    receivedAt: r.received_at,
    outcome: r.outcome,
    notes: r.notes,
  }));
  return { visits, hasMore: rows.length > limit };
}
