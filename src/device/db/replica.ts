/** Helpers that act on the replica tables as a whole. */
import type { FerryBeatDB } from './schema.ts';
import { REPLICA_TABLES } from './tables.ts';

/**
 * The replica tables as Dexie tables, and what is derived from them (`lastVisits`), for a
 * transaction's scope: whatever writes or drops the replica keeps the derived tables in step.
 */
export function replicaTables(db: FerryBeatDB) {
  return [...REPLICA_TABLES.map((name) => db[name]), db.lastVisits];
}

/**
 * Empties every replica table and forgets the sync position (cursor, last sync time). Call
 * inside a rw transaction covering `replicaTables(db)` and `db.meta`, so the drop commits
 * together with what follows it: a crash never leaves an empty replica with a cursor past it.
 */
export async function clearReplica(db: FerryBeatDB): Promise<void> {
  await Promise.all([
    ...replicaTables(db).map((table) => table.clear()),
    db.meta.bulkDelete(['cursor', 'syncedAt']),
  ]);
}
