/**
 * The outbox: visits recorded on this device on their way to the station (see `OutboxEntry`),
 * with what the officer sees of them and what the sync engine sends next.
 */
import type { FerryBeatDB, OutboxEntry, PhotoRecord } from './schema.ts';

/**
 * Saves a recorded visit: its outbox entry, its photos and the removal of the household's draft
 * commit in one strict-durability transaction, so once this resolves the record is on disk.
 */
export async function saveRecordedVisit(
  db: FerryBeatDB,
  entry: OutboxEntry,
  photos: readonly PhotoRecord[],
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.photos, db.drafts], async () => {
    await db.outbox.add(entry);
    if (photos.length > 0) await db.photos.bulkPut(photos);
    await db.drafts.delete(entry.householdId);
  });
}

/** Records not yet safe at the station: on their way, and refused (kept with the reason). */
export interface UnsyncedCounts {
  /** Visits waiting or being sent, and photos still to upload. */
  waiting: number;
  /** Visits and photos the station refused. */
  rejected: number;
}

/**
 * Visits and photos still owed to the server, of the authors `belongs` picks: one's own for the
 * status line and before signing out, another's before someone signs in. One count for all
 * three, so the header never says "synced" while sign-out warns of records left.
 */
export async function unsyncedCounts(
  db: FerryBeatDB,
  belongs: (userId: string) => boolean = () => true,
): Promise<UnsyncedCounts> {
  const picked = (e: { userId: string }) => belongs(e.userId);
  const [visits, refusedVisits, photos, refusedPhotos] = await Promise.all([
    db.outbox.where('state').anyOf(['waiting', 'sending']).filter(picked).count(),
    db.outbox.where('state').equals('rejected').filter(picked).count(),
    db.photos.where('state').equals('waiting').filter(picked).count(),
    db.photos.where('state').equals('rejected').filter(picked).count(),
  ]);
  return { waiting: visits + photos, rejected: refusedVisits + refusedPhotos };
}

/** A household's visits recorded on this device that the pulled replica doesn't hold yet. */
export async function localVisitsOf(db: FerryBeatDB, householdId: string): Promise<OutboxEntry[]> {
  const entries = await db.outbox.where('householdId').equals(householdId).toArray();
  return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** One outbox entry, or undefined once it has left (its visit came back in a pull). */
export function outboxEntry(db: FerryBeatDB, id: string): Promise<OutboxEntry | undefined> {
  return db.outbox.get(id);
}

/**
 * The user's entries to send now, oldest first, at most `limit`: waiting or left `sending` by a
 * sync that was cut off, and past their backoff unless `ignoreBackoff`.
 */
export async function dueEntries(
  db: FerryBeatDB,
  { userId, now, ignoreBackoff, limit }: DueQuery,
): Promise<OutboxEntry[]> {
  const open = await db.outbox
    .where('state')
    .anyOf(['waiting', 'sending'])
    .filter((e) => e.userId === userId && (ignoreBackoff || e.nextAttemptAt <= now))
    .toArray();
  // UUIDv7 ids sort by creation time: the oldest visit goes first.
  return open.sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, limit);
}

/** What `dueEntries` picks: whose, at which time (epoch ms), and how many. */
export interface DueQuery {
  userId: string;
  now: number;
  ignoreBackoff: boolean;
  limit: number;
}

/** Writes entries back with their new state (sending, synced, refused, or backing off). */
export async function putEntries(db: FerryBeatDB, entries: readonly OutboxEntry[]): Promise<void> {
  await db.outbox.bulkPut(entries);
}
