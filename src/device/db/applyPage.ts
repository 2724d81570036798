/**
 * Writes one pull page into the replica. The page's records and its cursor commit in ONE
 * transaction: after a crash or a closed tab the stored cursor always matches the stored data,
 * so the next pull resumes exactly after the last page written.
 */
import type { Resident, Visit } from '../../shared/entities.ts';
import type { Change, PullResponse } from '../../shared/protocol.ts';
import { clearReplica, replicaTables } from './replica.ts';
import { applyResidentChanges } from './residents.ts';
import type { FerryBeatDB } from './schema.ts';
import { type ReplicaTable, TABLE_OF } from './tables.ts';
import { applyVisitChanges } from './visits.ts';

/** A page's changes grouped per table, ready for bulk writes. */
interface PageWrites {
  puts: Map<ReplicaTable, unknown[]>;
  deletes: Map<ReplicaTable, string[]>;
}

/**
 * Groups a page's changes per table. Only the last change of each record counts, so a put
 * followed by a delete of the same record (or the reverse) ends as the feed meant it even
 * though puts and deletes are written as separate bulk operations.
 */
function groupChanges(changes: readonly Change[]): PageWrites {
  const last = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.entity}\u0000${change.id}`;
    // Delete first so the re-inserted key moves to the end and keeps feed order.
    last.delete(key);
    last.set(key, change);
  }
  const writes: PageWrites = { puts: new Map(), deletes: new Map() };
  for (const change of last.values()) {
    const table = TABLE_OF[change.entity];
    if (change.op === 'put') push(writes.puts, table, change.data);
    else push(writes.deletes, table, change.id);
  }
  return writes;
}

function push<T>(map: Map<ReplicaTable, T[]>, table: ReplicaTable, item: T): void {
  const list = map.get(table);
  if (list) list.push(item);
  else map.set(table, [item]);
}

/** Writes one page (and, on `reset`, drops the old replica first) in a single transaction. */
export async function applyPage(
  db: FerryBeatDB,
  page: PullResponse,
  now: () => Date = () => new Date(),
): Promise<void> {
  const { puts, deletes } = groupChanges(page.changes);
  const residentPuts = (puts.get('residents') ?? []) as Resident[];
  const residentDeletes = deletes.get('residents') ?? [];
  const visitPuts = (puts.get('visits') ?? []) as Visit[];
  const visitDeletes = deletes.get('visits') ?? [];
  for (const table of ['residents', 'visits'] as const) {
    puts.delete(table);
    deletes.delete(table);
  }
  const visitIds = visitPuts.map((v) => v.id);
  await db.transaction('rw', [...replicaTables(db), db.meta, db.outbox], async () => {
    if (page.reset) await clearReplica(db);
    const writes: Promise<unknown>[] = [
      applyResidentChanges(db, residentPuts, residentDeletes, page.reset),
      applyVisitChanges(db, visitPuts, visitDeletes, page.reset),
    ];
    for (const [table, keys] of deletes)
      writes.push(db.table<unknown, string>(table).bulkDelete(keys));
    for (const [table, records] of puts)
      writes.push(db.table<unknown, string>(table).bulkPut(records));
    writes.push(db.meta.put({ key: 'cursor', value: page.cursor }));
    // A visit recorded here has come back from the server, which proves the server holds it
    // (even if its push answer was lost): the replica holds it from now on.
    if (visitIds.length > 0) {
      writes.push(
        db.outbox
          .where('id')
          .anyOf(visitIds)
          .filter((e) => e.state !== 'rejected')
          .delete(),
      );
    }
    // syncedAt marks a COMPLETE pull: the app shows the list only once it exists.
    if (!page.hasMore) writes.push(db.meta.put({ key: 'syncedAt', value: now().toISOString() }));
    await Promise.all(writes);
  });
}
