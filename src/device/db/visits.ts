/**
 * Pulled visits, and each household's latest visit (`lastVisits`), kept in step in the same
 * transaction. Who was visited this month (the map) or today (the day plan) is then read from the
 * keys of one small index instead of the visit records: a busy month's 3,000 visits took 90–115
 * ms of the map's first paint to read, and a station's month is 14,000 households.
 */
import type { Visit } from '../../shared/entities.ts';
import { latestVisits } from './latestVisits.ts';
import type { FerryBeatDB, LastVisitRecord } from './schema.ts';

/**
 * Applies visit puts and deletes; run inside the page's transaction, over `visits` and
 * `lastVisits`. `fresh` says the replica was emptied earlier in this same transaction.
 */
export async function applyVisitChanges(
  db: FerryBeatDB,
  puts: readonly Visit[],
  deletes: readonly string[],
  fresh: boolean,
): Promise<void> {
  if (puts.length === 0 && deletes.length === 0) return;
  // A deleted visit's household may fall back to an earlier visit: those households are worked
  // out again from the visits that remain. A put only ever adds a visit (the server never edits
  // one: server/store/visits.ts inserts them), so it takes the quick way, the later of the kept
  // latest and its own, without reading what it replaces.
  const removed = fresh || deletes.length === 0 ? [] : await db.visits.bulkGet([...deletes]);
  await Promise.all([db.visits.bulkDelete([...deletes]), db.visits.bulkPut([...puts])]);
  const recount = new Set(removed.flatMap((visit) => (visit ? [visit.householdId] : [])));
  const grown = latestVisits(puts.filter((v) => !recount.has(v.householdId)));
  const kept = fresh ? [] : await db.lastVisits.bulkGet([...grown.keys()]);
  const records: LastVisitRecord[] = [...grown].map(([householdId, at], i) => ({
    householdId,
    at: Math.max(at, kept[i]?.at ?? Number.NEGATIVE_INFINITY),
  }));
  let emptied: string[] = [];
  if (recount.size > 0) {
    const households = [...recount];
    const remaining = latestVisits(
      await db.visits.where('householdId').anyOf(households).toArray(),
    );
    for (const [householdId, at] of remaining) records.push({ householdId, at });
    emptied = households.filter((id) => !remaining.has(id));
  }
  await Promise.all([db.lastVisits.bulkPut(records), db.lastVisits.bulkDelete(emptied)]);
}

/** The pulled visits of one household (the detail screen merges those still in the outbox). */
export function visitsOf(db: FerryBeatDB, householdId: string): Promise<Visit[]> {
  return db.visits.where('householdId').equals(householdId).toArray();
}

/**
 * Ids of the households visited at or after `since` (epoch ms): by a pulled visit, or by one
 * recorded on this device and still in the outbox. The map (this month) and today's plan
 * (today) ask; no visit is ever dated ahead of the clock, so "since" is "in that period".
 */
export async function householdsVisitedSince(db: FerryBeatDB, since: number): Promise<Set<string>> {
  const [pulled, outbox] = await Promise.all([
    // Keys only (one getAllKeys on the index): no visit is read.
    db.lastVisits.where('at').aboveOrEqual(since).primaryKeys(),
    db.outbox.toArray(),
  ]);
  const recorded = outbox
    .filter((entry) => Date.parse(entry.payload.visitedAt) >= since)
    .map((entry) => entry.householdId);
  return new Set([...pulled, ...recorded]);
}
