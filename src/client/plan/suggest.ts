/** The households an officer is asked to visit when they take "the assigned list". */
import type { FerryBeatDB } from '../../device/db/schema.ts';
import { visitedThisMonth } from '../map/data.ts';

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
  now: Date,
  count = SUGGESTED_COUNT,
): Promise<string[]> {
  const [households, visited] = await Promise.all([
    gridIds.length > 0
      ? db.households.filter((h) => gridIds.includes(h.gridId)).toArray()
      : db.households.toArray(),
    visitedThisMonth(db, now),
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
