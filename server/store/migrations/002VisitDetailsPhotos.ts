/**
 * Visits carry the officer's full record (residents verified, moved out or new, anti-fraud,
 * topics, follow-up, location, photos) as JSON; photos are stored by content hash.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('visits')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createTable('visit_photos')
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_photos_pk', ['visit_id', 'hash'])
    .execute();
  // An upload is accepted only for a photo some visit in the uploader's scope names.
  await db.schema.createIndex('visit_photos_hash').on('visit_photos').column('hash').execute();
  await db.schema
    .createTable('photos')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
}
