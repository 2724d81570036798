/** Half-filled visit forms, saved as the officer types so a reload or crash loses nothing. */
import type { DraftRecord, FerryBeatDB } from './schema.ts';

/** Saves the form of a household's visit in progress. */
export async function saveDraft(
  db: FerryBeatDB,
  draft: { householdId: string; userId: string; form: unknown },
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.drafts.put({ ...draft, updatedAt: now().toISOString() });
}

/** The saved form for a household, if its author is the one asking. */
export async function loadDraft(
  db: FerryBeatDB,
  householdId: string,
  userId: string,
): Promise<DraftRecord | undefined> {
  const draft = await db.drafts.get(householdId);
  return draft?.userId === userId ? draft : undefined;
}

/** Throws away a household's draft. */
export async function discardDraft(db: FerryBeatDB, householdId: string): Promise<void> {
  await db.drafts.delete(householdId);
}
