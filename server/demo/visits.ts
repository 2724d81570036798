/**
 * Two months of past household visits, so the app opens on a station with history: each by the
 * officer or an auxiliary of the household's grid, in working hours, synced minutes to hours
 * later (after the next ferry brought the phone back into signal).
 */
import {
  type Assignment,
  EMPTY_VISIT_DETAILS,
  type Household,
  type Visit,
  type VisitOutcome,
} from '../../src/shared/entities.ts';
import { uuidv7 } from '../../src/shared/uuidv7.ts';
import { VISIT_OUTCOMES } from '../../src/shared/vocabulary.ts';
import { type CalendarDay, daysBefore, shanghaiIso } from './calendar.ts';
import { MET_NOTES } from './names.ts';
import type { Rng } from './prng.ts';

const DAYS = 60;
const MINUTE = 60_000;

/** How often each outcome happens, in percent; keyed by outcome so a new one needs a share. */
const OUTCOME_SHARES: Record<VisitOutcome, number> = {
  met: 82,
  nobody_home: 12,
  refused: 2,
  moved: 4,
};
const OUTCOMES = VISIT_OUTCOMES.map((outcome) => [outcome, OUTCOME_SHARES[outcome]] as const);

const OTHER_NOTES: Record<Exclude<VisitOutcome, 'met'>, string[]> = {
  nobody_home: ['家中无人，已留警民联系卡', '家中无人，改日再访'],
  refused: ['住户不愿配合，已做解释，留联系电话'],
  moved: ['住户已搬离，待核实去向', '房屋已空置，已告知村委'],
};

// Weekdays are the visiting days; Saturdays some, Sundays few (weekday 0 = Sunday).
const VISITS_PER_DAY: readonly [number, number][] = [
  [4, 12],
  [60, 90],
  [60, 90],
  [60, 90],
  [60, 90],
  [60, 90],
  [20, 35],
];

function note(rng: Rng, outcome: VisitOutcome): string {
  return rng.pick(outcome === 'met' ? MET_NOTES : OTHER_NOTES[outcome]);
}

// 08:30–12:00 or 14:00–17:30, local minutes after midnight.
function workingMinute(rng: Rng): number {
  return rng.chance(0.5) ? rng.int(8 * 60 + 30, 12 * 60 - 1) : rng.int(14 * 60, 17 * 60 + 29);
}

/** Past visits over the 60 days before `today`, oldest first (so their UUIDv7 ids sort too). */
export function generateVisits(
  households: readonly Household[],
  assignments: readonly Assignment[],
  today: CalendarDay,
  rng: Rng,
): Visit[] {
  const staffOf = new Map<string, { officers: Assignment[]; auxiliaries: Assignment[] }>();
  for (const a of assignments) {
    const entry = staffOf.get(a.gridId) ?? { officers: [], auxiliaries: [] };
    (a.role === 'officer' ? entry.officers : entry.auxiliaries).push(a);
    staffOf.set(a.gridId, entry);
  }
  const visits: Visit[] = [];
  for (let d = DAYS; d >= 1; d--) {
    const { midnightMs, weekday } = daysBefore(today, d);
    const [least, most] = VISITS_PER_DAY[weekday] ?? [0, 0];
    const times = Array.from(
      { length: rng.int(least, most) },
      () => midnightMs + workingMinute(rng) * MINUTE + rng.int(0, 59) * 1000,
    );
    for (const visitedMs of times.sort((a, b) => a - b)) {
      const household = rng.pick(households);
      const staff = staffOf.get(household.gridId);
      if (!staff) throw new Error(`grid ${household.gridId} has no staff`);
      const visitor =
        rng.chance(0.55) || staff.auxiliaries.length === 0
          ? rng.pick(staff.officers)
          : rng.pick(staff.auxiliaries);
      const delayMinutes = rng.chance(0.5) ? rng.int(0, 5) : rng.int(20, 240);
      const outcome = rng.weighted(OUTCOMES);
      const notes = note(rng, outcome);
      const met = outcome === 'met';
      visits.push({
        ...EMPTY_VISIT_DETAILS,
        id: uuidv7(visitedMs, rng.fill),
        householdId: household.id,
        gridId: household.gridId,
        userId: visitor.userId,
        username: visitor.username,
        deviceName: `${visitor.username} 的手机`,
        visitedAt: shanghaiIso(visitedMs),
        receivedAt: shanghaiIso(visitedMs + delayMinutes * MINUTE + rng.int(1, 59) * 1000),
        outcome,
        notes,
        antiFraudChecked: met && notes.includes('反诈'),
        antiFraudInstalled: met && notes.includes('反诈') ? rng.int(1, 3) : 0,
        topics: met && notes.includes('反诈') ? ['anti_fraud'] : [],
      });
    }
  }
  // Ids lead with the millisecond, so id order is time order, ties broken by the random part.
  return visits.sort((a, b) => (a.id < b.id ? -1 : 1));
}
