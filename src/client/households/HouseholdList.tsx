/** The household list: search box, then search results or the village/grid groups. */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { InstallNotice } from '../pwa/InstallNotice.tsx';
import type { Directory } from './directory.ts';
import { HouseholdGroups } from './HouseholdGroups.tsx';
import { HouseholdRow } from './HouseholdRow.tsx';
import { searchHouseholds } from './search.ts';

/** Most search results rendered; beyond that the officer is asked to refine. */
export const SEARCH_LIMIT = 200;
/** Up to this many grid cells, every group starts open (an officer's own cells). */
export const EXPANDED_GRID_LIMIT = 3;

/**
 * What survives a visit to another screen: search text, toggled groups, scroll position, and
 * how many of the groups' rows had been rendered (so the position exists when it is restored).
 */
export interface ListState {
  query: string;
  toggled: ReadonlySet<string>;
  scrollY: number;
  rows: number;
}

/** The list over a loaded directory; state lives in the parent so "back" restores it. */
export function HouseholdList({
  directory,
  state,
  onChange,
}: {
  directory: Directory;
  state: ListState;
  onChange: (next: Partial<ListState>) => void;
}) {
  const result = useMemo(
    () => searchHouseholds(directory.index, state.query, SEARCH_LIMIT),
    [directory, state.query],
  );
  // Once, on mount: coming back from a detail screen or another tab lands where the officer
  // left the list. The position is followed while the list is shown and handed up when it goes
  // (at unmount the page may already be laid out for the next screen).
  useLayoutEffect(() => window.scrollTo(0, state.scrollY), []);
  const scrollY = useRef(state.scrollY);
  useEffect(() => {
    const follow = () => {
      scrollY.current = window.scrollY;
    };
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      window.removeEventListener('scroll', follow);
      onChange({ scrollY: scrollY.current });
    };
  }, []);

  const openByDefault = directory.gridCount <= EXPANDED_GRID_LIMIT;
  const isOpen = (gridId: string) => openByDefault !== state.toggled.has(gridId);
  const toggle = (gridId: string) => {
    const toggled = new Set(state.toggled);
    if (!toggled.delete(gridId)) toggled.add(gridId);
    onChange({ toggled });
  };
  const searching = state.query.trim() !== '';

  return (
    <main class="screen household-list">
      <div class="search">
        <input
          type="search"
          aria-label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={state.query}
          onInput={(e) => onChange({ query: e.currentTarget.value })}
        />
      </div>
      <InstallNotice placement="card" />
      <p class="list-total" role="status">
        {searching
          ? t('list.found', { count: result.total })
          : t('list.total', { count: directory.total })}
      </p>
      {searching ? (
        <>
          {result.total === 0 && <p class="empty">{t('list.none')}</p>}
          <ul class="households" aria-label={t('list.results')}>
            {result.households.map((household) => (
              <HouseholdRow key={household.id} household={household} />
            ))}
          </ul>
          {result.total > result.households.length && (
            <p class="more">{t('list.more', { count: result.total - result.households.length })}</p>
          )}
        </>
      ) : directory.total === 0 ? (
        <p class="empty">{t('list.empty')}</p>
      ) : (
        <HouseholdGroups
          groups={directory.groups}
          isOpen={isOpen}
          onToggle={toggle}
          rows={state.rows}
          onLeave={(rows) => onChange({ rows })}
        />
      )}
    </main>
  );
}
