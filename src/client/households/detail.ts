/**
 * What a household's screen shows, read from the device in one go: the household, its residents
 * (head first), its visits pulled and recorded here (newest first), a waiting draft, and whether
 * it is in the officer's plan for today. Live: the screen re-reads it when any of these change.
 */
import { readDayPlan } from '../../device/db/dayPlans.ts';
import { loadDraft } from '../../device/db/drafts.ts';
import { householdById } from '../../device/db/households.ts';
import { localVisitsOf } from '../../device/db/outbox.ts';
import { residentsOf } from '../../device/db/residents.ts';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { readSession } from '../../device/db/session.ts';
import { visitsOf } from '../../device/db/visits.ts';
import type { Household, Resident } from '../../shared/entities.ts';
import { type VisitRow, visitRows } from '../visit/history.ts';

/** One household as its screen shows it. */
export interface HouseholdView {
  household: Household | null;
  residents: Resident[];
  visits: VisitRow[];
  /** A half-filled visit form of the signed-in user is waiting (the button says "continue"). */
  hasDraft: boolean;
  /** The signed-in user, and whether the household is in their plan for today. */
  userId: string | null;
  inPlan: boolean;
}

/** Reads household `id` for the signed-in user at `now` (epoch ms). */
export async function readHousehold(
  db: FerryBeatDB,
  id: string,
  now: number,
): Promise<HouseholdView> {
  const user = (await readSession(db))?.user ?? null;
  const [household, residents, pulled, local, draft, plan] = await Promise.all([
    householdById(db, id),
    residentsOf(db, id),
    visitsOf(db, id),
    localVisitsOf(db, id),
    user ? loadDraft(db, id, user.id) : undefined,
    user ? readDayPlan(db, user.id, now) : null,
  ]);
  return {
    household: household ?? null,
    residents,
    visits: visitRows(pulled, local, (userId) => (user?.id === userId ? user.username : null)),
    hasDraft: draft !== undefined,
    userId: user?.id ?? null,
    inPlan: plan?.householdIds.includes(id) ?? false,
  };
}
