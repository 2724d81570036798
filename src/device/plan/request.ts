/**
 * Builds the planner's request from what the device holds: the picked households with their
 * banks, every crossing's landings and today's boats (suspended ones left out), and the station
 * where the day ends. The planner itself is pure (src/shared/planner/); this is its one reader.
 */
import { bankAt } from '../../shared/banks.ts';
import type { LngLat, Village } from '../../shared/entities.ts';
import { departuresBetween } from '../../shared/ferry/departures.ts';
import type { Connection, Landing, PlanPlace, PlanRequest } from '../../shared/planner/types.ts';
import { stationDayStart } from '../../shared/stationTime.ts';
import { allCrossings, allSuspensions } from '../db/ferries.ts';
import { allGrids } from '../db/grids.ts';
import { householdsByIds } from '../db/households.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import { allVillages } from '../db/villages.ts';
import { householdsVisitedSince } from '../db/visits.ts';

/** How far ahead boats are read: the rest of the day and the night after it. */
const WINDOW_MS = 24 * 3_600_000;

/** What the officer asks for. */
export interface PlanAsk {
  now: number;
  householdIds: readonly string[];
  /** Where the officer is (GPS), or null to set off from the station. */
  position: LngLat | null;
  speedKmh: number;
  visitMinutes: number;
}

/**
 * The station, where the day ends: the office of the community (睦洲社区, where the station
 * stands), else of the first village.
 */
function stationPlace(villages: readonly Village[]): PlanPlace | null {
  const home = villages.find((v) => v.kind === 'community') ?? villages[0];
  return home ? { location: home.office, bankId: home.bankId } : null;
}

/** The request, or null when the device holds no station yet (before the first sync). */
export async function buildPlanRequest(
  db: FerryBeatDB,
  ask: PlanAsk,
): Promise<{ request: PlanRequest; fromStation: boolean } | null> {
  const [villages, grids, crossings, suspensions, households] = await Promise.all([
    allVillages(db),
    allGrids(db),
    allCrossings(db),
    allSuspensions(db),
    householdsByIds(db, ask.householdIds),
  ]);
  const home = stationPlace(villages);
  if (!home) return null;
  const bankOfGrid = new Map(grids.map((g) => [g.id, g.bankId]));
  const stops = households.flatMap((h) => {
    const bankId = h && bankOfGrid.get(h.gridId);
    return h && bankId ? [{ id: h.id, location: h.location, bankId }] : [];
  });
  const positionBank = ask.position && bankAt(grids, ask.position);
  const start =
    ask.position && positionBank ? { location: ask.position, bankId: positionBank } : home;
  const landings: Landing[] = crossings.flatMap((c) =>
    ([0, 1] as const).map((end) => ({
      crossingId: c.id,
      end,
      location: c.ends[end],
      bankId: c.bankIds[end],
    })),
  );
  const connections: Connection[] = crossings.flatMap((c) =>
    departuresBetween(c, ask.now, ask.now + WINDOW_MS, suspensions)
      .filter((d) => d.suspension === null)
      .map((d) => ({ crossingId: c.id, from: d.from, departs: d.departs, arrives: d.arrives })),
  );
  return {
    request: {
      now: ask.now,
      start,
      home,
      stops,
      landings,
      connections,
      speedKmh: ask.speedKmh,
      visitMinutes: ask.visitMinutes,
    },
    fromStation: start === home,
  };
}

/** Of `householdIds`, those with a visit on the station date of `now` (pulled or recorded here). */
export async function visitedToday(
  db: FerryBeatDB,
  householdIds: readonly string[],
  now: number,
): Promise<Set<string>> {
  const visited = await householdsVisitedSince(db, stationDayStart(now));
  return new Set(householdIds.filter((id) => visited.has(id)));
}
