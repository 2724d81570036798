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
  /** Rows rendered when the list was last shown: coming back, they are there at once. */
  rows: number;
  /** Told, as the list goes, how many rows it had rendered. */
  onLeave: (rows: number) => void;
}

/** One section per village, one toggle button per grid cell, with counts. */
export function HouseholdGroups({ groups, isOpen, onToggle, rows, onLeave }: HouseholdGroupsProps) {
  const openRows = groups
    .flatMap(({ grids }) => grids)
    .reduce((sum, { grid, households }) => sum + (isOpen(grid.id) ? households.length : 0), 0);
  const { shown, end } = useRevealed(openRows, rows, onLeave);
  const { visible, cut } = revealedPart(groups, isOpen, shown);
  return (
    <>
      {visible.map(({ village, grids, count }) => (
        <section class="village" key={village.id} aria-labelledby={`village-${village.id}`}>
          <h2 class="village-name" id={`village-${village.id}`}>
            {village.name}
            <span class="count">{t('list.groupCount', { count })}</span>
          </h2>
          {grids.map(({ grid, households, rows: shownRows }) => {
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
                    {households.slice(0, shownRows).map((household) => (
                      <HouseholdRow key={household.id} household={household} />
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
      {/* Where the rendered rows end: coming near it renders the next slice. */}
      {cut && <div class="list-end" ref={end} aria-hidden="true" />}
    </>
  );
}

/** A village with the grids rendered so far, and how many rows of each. */
interface VisibleVillage extends Omit<VillageGroup, 'grids'> {
  grids: (VillageGroup['grids'][number] & { rows: number })[];
}

/**
 * The groups as far as `budget` open rows reach, in list order: the grid where it runs out is
 * the last one rendered (nothing below it shows before its rows do), and `cut` says so.
 */
function revealedPart(
  groups: VillageGroup[],
  isOpen: (gridId: string) => boolean,
  budget: number,
): { visible: VisibleVillage[]; cut: boolean } {
  const visible: VisibleVillage[] = [];
  let left = budget;
  for (const group of groups) {
    const grids: VisibleVillage['grids'] = [];
    visible.push({ ...group, grids });
    for (const entry of group.grids) {
      const rows = isOpen(entry.grid.id) ? Math.min(entry.households.length, left) : 0;
      grids.push({ ...entry, rows });
      left -= rows;
      if (isOpen(entry.grid.id) && rows < entry.households.length) return { visible, cut: true };
    }
  }
  return { visible, cut: false };
}
