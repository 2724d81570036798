/**
 * Households grouped by village, then grid cell. A grid's rows are rendered only while it is
 * open: the leader's 14,000 rows at once would take seconds to lay out on a phone.
 */

import { t } from '../i18n/index.ts';
import type { VillageGroup } from './group.ts';
import { HouseholdRow } from './HouseholdRow.tsx';

/** Props: the groups, which grids are open, and callbacks for toggling and opening a row. */
export interface HouseholdGroupsProps {
  groups: VillageGroup[];
  isOpen: (gridId: string) => boolean;
  onToggle: (gridId: string) => void;
  onOpenRow: () => void;
}

/** One section per village, one toggle button per grid cell, with counts. */
export function HouseholdGroups({ groups, isOpen, onToggle, onOpenRow }: HouseholdGroupsProps) {
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
                    {households.map((household) => (
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
