/** What the officer sees of records not yet safely at the station. */
import type { FerryBeatDB, OutboxEntry } from '../db/schema.ts';

/**
 * Visits and photos still owed to the server (waiting, sending, or refused and kept), of the
 * authors `belongs` picks: one's own before signing out, another's before someone signs in.
 */
export async function countUnsynced(
  db: FerryBeatDB,
  belongs: (userId: string) => boolean = () => true,
): Promise<number> {
  const picked = (e: { userId: string }) => belongs(e.userId);
  const [visits, photos] = await Promise.all([
    db.outbox.where('state').anyOf(['waiting', 'sending', 'rejected']).filter(picked).count(),
    db.photos.where('state').anyOf(['waiting', 'rejected']).filter(picked).count(),
  ]);
  return visits + photos;
}

/** A household's visits recorded on this device that the pulled replica doesn't hold yet. */
export async function localVisitsOf(db: FerryBeatDB, householdId: string): Promise<OutboxEntry[]> {
  const entries = await db.outbox.where('householdId').equals(householdId).toArray();
  return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** Every refused record, newest first, to show with its reason. */
export async function rejectedEntries(db: FerryBeatDB): Promise<OutboxEntry[]> {
  const entries = await db.outbox.where('state').equals('rejected').toArray();
  return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
}
