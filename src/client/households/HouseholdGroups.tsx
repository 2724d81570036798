/**
 * Households grouped by village, then grid cell. A grid's rows are rendered only while it is
 * open: the leader's 14,000 rows at once would take seconds to lay out on a phone. Open grids'
 * rows arrive a slice at a time (useRevealed), in list order.
 */

import { t } from '../i18n/index.ts';
import type { VillageGroup } from './group.ts';
import { HouseholdRow } from './HouseholdRow.tsx';
import { useRevealed } from './useRevealed.ts';

/** Props: the groups, which grids are open, and callbacks for toggling and opening a row. */
export interface HouseholdGroupsProps {
  groups: VillageGroup[];
  isOpen: (gridId: string) => boolean;
  onToggle: (gridId: string) => void;
  onOpenRow: () => void;
  /** Render every open row at once (the list is coming back to a scrolled position). */
  all: boolean;
}

/** One section per village, one toggle button per grid cell, with counts. */
export function HouseholdGroups({
  groups,
  isOpen,
  onToggle,
  onOpenRow,
  all,
}: HouseholdGroupsProps) {
  const openRows = groups
    .flatMap(({ grids }) => grids)
    .reduce((sum, { grid, households }) => sum + (isOpen(grid.id) ? households.length : 0), 0);
  const shown = shownPerGrid(groups, isOpen, useRevealed(openRows, all, groups));
  return (
    <>
      {groups.map(({ village, grids, count }) => (
        <section class="village" key={village.id} aria-labelledby={`village-${village.id}`}>
          <h2 class="village-name" id={`village-${village.id}`}>
            {village.name}
            <span class="count">{t('list.groupCount', { count })}</span>
          </h2>
          {grids.map(({ grid, households }) => {
            const open = isOpen(grid.id);
            return (
              <div class="grid" key={grid.id}>
                <button
                  type="button"
                  class="grid-toggle"
                  aria-expanded={open}
                  onClick={() => onToggle(grid.id)}
                >
                  <span class="grid-name">{grid.name}</span>
                  <span class="count">{t('list.groupCount', { count: households.length })}</span>
                </button>
                {open && (
                  <ul class="households" aria-label={t('list.householdsOf', { grid: grid.name })}>
                    {households.slice(0, shown.get(grid.id)).map((household) => (
                      <HouseholdRow key={household.id} household={household} onOpen={onOpenRow} />
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

/** How many rows of each open grid fit in `budget` rows, spent in list order. */
function shownPerGrid(
  groups: VillageGroup[],
  isOpen: (gridId: string) => boolean,
  budget: number,
): Map<string, number> {
  const shown = new Map<string, number>();
  let left = budget;
  for (const { grids } of groups) {
    for (const { grid, households } of grids) {
      if (!isOpen(grid.id)) continue;
      const count = Math.min(households.length, left);
      shown.set(grid.id, count);
      left -= count;
    }
  }
  return shown;
}
