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
import { visitsOf } from '../../device/db/visits.ts';
import type { Household, Resident } from '../../shared/entities.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import { type VisitRow, visitRows } from '../visit/history.ts';

/** One household as its screen shows it. */
export interface HouseholdView {
  household: Household | null;
  residents: Resident[];
  visits: VisitRow[];
  /** A half-filled visit form of the signed-in user is waiting (the button says "continue"). */
  hasDraft: boolean;
  /** Whether the household is in the signed-in user's plan for today. */
  inPlan: boolean;
}

/** Reads household `id` for the signed-in `user` at `now` (epoch ms). */
export async function readHousehold(
  db: FerryBeatDB,
  id: string,
  user: Pick<SessionUser, 'id' | 'username'>,
  now: number,
): Promise<HouseholdView> {
  const [household, residents, pulled, local, draft, plan] = await Promise.all([
    householdById(db, id),
    residentsOf(db, id),
    visitsOf(db, id),
    localVisitsOf(db, id),
    loadDraft(db, id, user.id),
    readDayPlan(db, user.id, now),
  ]);
  return {
    household: household ?? null,
    residents,
    visits: visitRows(pulled, local, (userId) => (user.id === userId ? user.username : null)),
    hasDraft: draft !== undefined,
    inPlan: plan?.householdIds.includes(id) ?? false,
  };
}
