/** Crossings with their timetables, timetable imports and suspensions, in the store and its feed. */
import type { Kysely } from 'kysely';
import type { Crossing, Grid } from '../../src/shared/entities.ts';
import type { Suspension, SuspensionReason } from '../../src/shared/ferry/timetable.ts';
import { deleteFeedRecords, putFeedRecords } from './feed.ts';
import type { Database } from './schema.ts';

/** What an import loaded, for the record. */
export interface ImportInfo {
  source: string;
  feedVersion: string | null;
  trips: number;
}

/** A recorded import. */
export interface TimetableImport extends ImportInfo {
  id: number;
  importedAt: string;
  crossings: number;
}

/**
 * Makes `crossings` the station's crossings in one transaction: new and changed ones are written
 * to the feed, ones the timetable no longer has are deleted from devices at their next pull.
 */
export async function replaceCrossings(
  db: Kysely<Database>,
  crossings: readonly Crossing[],
  info: ImportInfo,
  now: Date,
): Promise<TimetableImport> {
  return db.transaction().execute(async (trx) => {
    const keep = new Set(crossings.map((c) => c.id));
    const gone = (await trx.selectFrom('crossings').select('id').execute())
      .map((row) => row.id)
      .filter((id) => !keep.has(id));
    if (gone.length > 0) {
      await trx.deleteFrom('crossings').where('id', 'in', gone).execute();
      await deleteFeedRecords(
        trx,
        gone.map((id) => ({ entity: 'crossing' as const, id, gridId: null })),
      );
    }
    for (const c of crossings) {
      await trx
        .insertInto('crossings')
        .values({ id: c.id, name: c.name })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: c.name }))
        .execute();
    }
    await putFeedRecords(
      trx,
      crossings.map((c) => ({ entity: 'crossing' as const, id: c.id, gridId: null, data: c })),
    );
    const importedAt = now.toISOString();
    const row = await trx
      .insertInto('timetable_imports')
      .values({
        imported_at: importedAt,
        source: info.source,
        feed_version: info.feedVersion,
        crossings: crossings.length,
        trips: info.trips,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...info, id: row.id, importedAt, crossings: crossings.length };
  });
}

/** The latest timetable import, or null before the first. */
export async function latestImport(db: Kysely<Database>): Promise<TimetableImport | null> {
  const row = await db
    .selectFrom('timetable_imports')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    importedAt: row.imported_at,
    source: row.source,
    feedVersion: row.feed_version,
    crossings: row.crossings,
    trips: row.trips,
  };
}

/** The station's grid cells as devices get them (polygons and banks), from the feed. */
export async function listGrids(db: Kysely<Database>): Promise<Grid[]> {
  const rows = await db
    .selectFrom('change_feed')
    .select('data')
    .where('entity', '=', 'grid')
    .where('op', '=', 'put')
    .execute();
  return rows.flatMap((row) => (row.data === null ? [] : [JSON.parse(row.data) as Grid]));
}

/** True when the station has a crossing with this id. */
export async function crossingExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('crossings').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

function toSuspension(row: Database['suspensions']): Suspension {
  return {
    id: row.id,
    crossingId: row.crossing_id,
    from: row.from_at,
    until: row.until_at,
    reason: row.reason as SuspensionReason,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** Records a suspension and sends it to every device. */
export async function putSuspension(
  db: Kysely<Database>,
  suspension: Suspension,
  createdBy: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = {
      crossing_id: suspension.crossingId,
      from_at: suspension.from,
      until_at: suspension.until,
      reason: suspension.reason,
      note: suspension.note,
    };
    await trx
      .insertInto('suspensions')
      .values({
        id: suspension.id,
        ...row,
        created_by: createdBy,
        created_at: suspension.createdAt,
      })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    await putFeedRecords(trx, [
      { entity: 'suspension', id: suspension.id, gridId: null, data: suspension },
    ]);
  });
}

/** One suspension, or null. */
export async function findSuspension(db: Kysely<Database>, id: string): Promise<Suspension | null> {
  const row = await db
    .selectFrom('suspensions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toSuspension(row) : null;
}
