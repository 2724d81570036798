/**
 * How `lastVisits` is derived from `visits`: one rule for the schema upgrade that first fills it
 * (versions.ts, version 6) and for every pull that writes visits (visits.ts).
 */
import type { Visit } from '../../shared/entities.ts';

/** The latest visit time of each household in `visits` (epoch ms; unreadable times skipped). */
export function latestVisits(
  visits: Iterable<Pick<Visit, 'householdId' | 'visitedAt'>>,
): Map<string, number> {
  const latest = new Map<string, number>();
  for (const { householdId, visitedAt } of visits) {
    const at = Date.parse(visitedAt);
    if (Number.isNaN(at)) continue;
    if (at > (latest.get(householdId) ?? Number.NEGATIVE_INFINITY)) latest.set(householdId, at);
  }
  return latest;
}
