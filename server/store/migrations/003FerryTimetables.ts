/**
 * Ferry timetables: each GTFS import is recorded (what was loaded, when, how much), and the
 * station's suspensions of a crossing (fog, typhoon, repairs) are kept. Crossings themselves
 * travel in the change feed as JSON, timetable included.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('timetable_imports')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('feed_version', 'text')
    .addColumn('crossings', 'integer', (c) => c.notNull())
    .addColumn('trips', 'integer', (c) => c.notNull())
    .execute();
  // No foreign key to crossings: a later import may drop a crossing, and its past
  // suspensions stay on record.
  await db.schema
    .createTable('suspensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('crossing_id', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('until_at', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
