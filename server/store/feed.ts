/**
 * The change feed behind sync pull. Each record has exactly one feed row holding its latest
 * state; writing a record deletes its row and inserts a new one with the next `seq`. A page is
 * "rows after seq N in the caller's scope", so a write between two pages moves the record past
 * the cursor, where the next page finds it: nothing is lost and no unchanged row is repeated.
 *
 * SQLite has one writer and hands out `seq` in commit order. A PostgreSQL store must make feed
 * writes take the same order (e.g. one advisory lock per feed write) before it reuses this.
 */
import type { Kysely, Transaction } from 'kysely';
import { ENTITY_NAMES, type EntityName, type EntityTypes } from '../../src/shared/entities.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A record to write into the feed: its entity, id, owning grid (null: station-wide), state.
 * The state is typed by the entity, so the feed carries the shapes devices store, no other.
 */
export type FeedRecord = {
  [E in EntityName]: { entity: E; id: string; gridId: string | null; data: EntityTypes[E] };
}[EntityName];

/** One feed row as a pull page needs it; `data` is the record's JSON text, not parsed. */
export interface FeedRow {
  seq: number;
  entity: string;
  entity_id: string;
  op: 'put' | 'delete';
  data: string | null;
}

// SQLite allows 32,766 bound variables per statement; six columns a row stays well below it.
const CHUNK = 2_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes records' latest states; call inside the transaction that changes the entity tables. */
export async function putFeedRecords(db: Db, records: readonly FeedRecord[]): Promise<void> {
  await replaceFeedRows(
    db,
    records.map((r) => ({
      entity: r.entity,
      id: r.id,
      gridId: r.gridId,
      data: JSON.stringify(r.data),
    })),
  );
}

/** Marks records deleted, so devices that hold them drop them at their next pull. */
export async function deleteFeedRecords(
  db: Db,
  records: readonly Omit<FeedRecord, 'data'>[],
): Promise<void> {
  await replaceFeedRows(
    db,
    records.map((r) => ({ ...r, data: null })),
  );
}

async function replaceFeedRows(
  db: Db,
  rows: readonly { entity: EntityName; id: string; gridId: string | null; data: string | null }[],
): Promise<void> {
  for (const part of chunks(rows)) {
    for (const [entity, ids] of groupIdsByEntity(part)) {
      await db
        .deleteFrom('change_feed')
        .where('entity', '=', entity)
        .where('entity_id', 'in', ids)
        .execute();
    }
    await db
      .insertInto('change_feed')
      .values(
        part.map((r) => ({
          entity: r.entity,
          entity_id: r.id,
          op: r.data === null ? ('delete' as const) : ('put' as const),
          grid_id: r.gridId,
          data: r.data,
        })),
      )
      .execute();
  }
}

function groupIdsByEntity(
  rows: readonly { entity: EntityName; id: string }[],
): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const r of rows) {
    const ids = byEntity.get(r.entity) ?? [];
    ids.push(r.id);
    byEntity.set(r.entity, ids);
  }
  return byEntity;
}

/** Who is reading: null grid list means the whole station (the leader). */
export interface FeedScope {
  gridIds: readonly string[] | null;
  /** The entities the device can store (its protocol version's, see `entitiesOf`). */
  entities: readonly EntityName[];
}

function inScope(db: Db, scope: FeedScope) {
  const known = scope.entities.length === ENTITY_NAMES.length;
  const base = known
    ? db.selectFrom('change_feed')
    : db.selectFrom('change_feed').where('entity', 'in', [...scope.entities]);
  const { gridIds } = scope;
  if (gridIds === null) return base;
  return base.where((eb) =>
    gridIds.length === 0
      ? eb('grid_id', 'is', null)
      : eb.or([eb('grid_id', 'is', null), eb('grid_id', 'in', gridIds)]),
  );
}

/** Reads the next page after `afterSeq` in scope, and how many rows wait after it. */
export async function readFeedPage(
  db: Db,
  scope: FeedScope,
  afterSeq: number,
  limit: number,
): Promise<{ rows: FeedRow[]; hasMore: boolean; remaining: number }> {
  const fetched = await inScope(db, scope)
    .select(['seq', 'entity', 'entity_id', 'op', 'data'])
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const hasMore = fetched.length > limit;
  const rows = hasMore ? fetched.slice(0, limit) : fetched;
  const lastSeq = rows.at(-1)?.seq ?? afterSeq;
  const remaining = hasMore
    ? Number(
        (
          await inScope(db, scope)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('seq', '>', lastSeq)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;
  return { rows, hasMore, remaining };
}
