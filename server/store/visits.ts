/** Household visits: idempotent recording by mutation id, and the leader's arrivals list. */
import type { Kysely, Transaction } from 'kysely';
import { EMPTY_VISIT_DETAILS, type Visit, type VisitDetails } from '../../src/shared/entities.ts';
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
          details: JSON.stringify(detailsOf(v)),
        })),
      )
      .execute();
  }
  const photos = visits.flatMap((v) =>
    v.photos.map((p) => ({ visit_id: v.id, hash: p.hash, type: p.type, bytes: p.bytes })),
  );
  // Four values a row: chunks keep each statement under SQLite's 32,766 bound variables.
  for (let i = 0; i < photos.length; i += 5_000) {
    await db
      .insertInto('visit_photos')
      .values(photos.slice(i, i + 5_000))
      .execute();
  }
  await putFeedRecords(
    db,
    visits.map((v) => ({ entity: 'visit', id: v.id, gridId: v.gridId, data: v })),
  );
}

function detailsOf(visit: Visit): VisitDetails {
  const details = {} as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_VISIT_DETAILS)) {
    details[key] = visit[key as keyof VisitDetails];
  }
  return details as unknown as VisitDetails;
}

/** The resident ids of each household among `ids`, to check what a visit says about them. */
export async function residentsOfHouseholds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('residents')
    .select(['id', 'household_id'])
    .where('household_id', 'in', ids)
    .execute();
  for (const row of rows) {
    const set = out.get(row.household_id) ?? new Set<string>();
    set.add(row.id);
    out.set(row.household_id, set);
  }
  return out;
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
    ...EMPTY_VISIT_DETAILS,
    ...(JSON.parse(r.details) as Partial<VisitDetails>),
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
