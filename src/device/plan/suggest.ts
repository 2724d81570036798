/** The households an officer is asked to visit when they take "the assigned list". */
import { stationMonthStart } from '../../shared/stationTime.ts';
import { householdsInGrids } from '../db/households.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import { householdsVisitedSince } from '../db/visits.ts';

/** Address order within a cell, as the household list sorts (numbers by value). */
const addressOrder = new Intl.Collator('zh-CN', { numeric: true });

/** How many households one suggestion takes: a full day with a few crossings. */
const SUGGESTED_COUNT = 12;

/**
 * Up to `count` households in the officer's cells not yet visited this month (pulled visits and
 * those recorded here), cell by cell, in address order within each cell.
 */
export async function suggestHouseholds(
  db: FerryBeatDB,
  gridIds: readonly string[],
  now: number,
  count = SUGGESTED_COUNT,
): Promise<string[]> {
  const [households, visited] = await Promise.all([
    householdsInGrids(db, gridIds),
    householdsVisitedSince(db, stationMonthStart(now)),
  ]);
  return households
    .filter((h) => !visited.has(h.id))
    .sort(
      (a, b) =>
        a.gridId.localeCompare(b.gridId) || addressOrder.compare(a.addressText, b.addressText),
    )
    .slice(0, count)
    .map((h) => h.id);
}
