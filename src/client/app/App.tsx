/**
 * The app root: picks the screen from the stored state. No session → sign-in; a session without
 * a completed first pull → first sync; else the household list, a household's detail, its visit
 * form, or the map.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FerryBeatDB, SessionRecord } from '../../device/db/schema.ts';
import { readSession, readSyncedAt } from '../../device/db/session.ts';
import { type Directory, loadDirectory } from '../households/directory.ts';
import { HouseholdList, type ListState } from '../households/HouseholdList.tsx';
import { t } from '../i18n/index.ts';
import { AppFooter } from '../pwa/AppFooter.tsx';
import { FirstSync } from './FirstSync.tsx';
import { Header } from './Header.tsx';
import { markOnce } from './marks.ts';
import { useRoute } from './router.ts';
import { SignIn } from './SignIn.tsx';
import {
  ferryScreen,
  householdScreen,
  mapScreen,
  planScreen,
  preloadScreens,
  visitScreen,
} from './screens.ts';
import { useServices } from './services.ts';
import { takeStartState } from './startState.ts';
import { useLiveQuery } from './useLiveQuery.ts';
import { useLocale } from './useLocale.ts';

/** The whole app; re-renders everything on a language switch. */
export function App() {
  useLocale();
  return (
    <>
      <Screen />
      <AppFooter />
    </>
  );
}

/** The screen for the stored state. */
function Screen() {
  const { db } = useServices();
  const [early] = useState(takeStartState);
  const session = useLiveQuery(
    () => readSession(db),
    [db],
    early && { value: early.value.session },
  );
  if (session === undefined) return <Loading />;
  if (session === null) return <SignIn />;
  markOnce('session-read');
  // Keyed by user: another user's list state never carries over.
  return (
    <SignedIn
      key={session.user.id}
      session={session}
      initialSyncedAt={
        // Only for the user it was read for: after a sign-out another user starts afresh.
        early?.value.session?.user.id === session.user.id
          ? { value: early.value.syncedAt }
          : undefined
      }
    />
  );
}

function SignedIn({
  session,
  initialSyncedAt,
}: {
  session: SessionRecord;
  initialSyncedAt: { value: string | null } | undefined;
}) {
  const { db } = useServices();
  const syncedAt = useLiveQuery(() => readSyncedAt(db), [db], initialSyncedAt);
  useEffect(preloadScreens, []);
  const route = useRoute();
  // The map needs no directory: opening the app on the map must not wait behind building one.
  const directory = useDirectory(db, syncedAt, route.name !== 'map');
  const [listState, setListState] = useState<ListState>({
    query: '',
    toggled: new Set(),
    scrollY: 0,
  });

  if (syncedAt === undefined) return <Loading />;
  if (syncedAt === null) return <FirstSync />;
  return (
    <>
      <Header session={session} />
      {route.name === 'household' ? (
        <householdScreen.Screen id={route.id} />
      ) : route.name === 'map' ? (
        <mapScreen.Screen householdId={route.householdId} session={session} />
      ) : route.name === 'visit' ? (
        <visitScreen.Screen householdId={route.householdId} userId={session.user.id} />
      ) : route.name === 'ferries' ? (
        <ferryScreen.Screen session={session} />
      ) : route.name === 'plan' ? (
        <planScreen.Screen session={session} />
      ) : directory ? (
        <HouseholdList
          directory={directory}
          state={listState}
          onChange={(next) => setListState((prev) => ({ ...prev, ...next }))}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

/**
 * The list's data, reloaded when a pull completes (syncedAt changes), not on every page: a
 * re-pull writes up to 14 pages and the leader's directory takes a moment to build.
 * Held here, above the routes, so coming back from a detail screen is instant.
 */
function useDirectory(
  db: FerryBeatDB,
  syncedAt: string | null | undefined,
  wanted: boolean,
): Directory | null {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    // Built once per completed pull, and only when a screen needs it.
    if (!syncedAt || !wanted || loadedFor.current === syncedAt) return;
    let current = true;
    loadDirectory(db).then(
      (loaded) => {
        if (!current) return;
        loadedFor.current = syncedAt;
        setDirectory(loaded);
      },
      (error: unknown) => console.error('loading households failed', error),
    );
    return () => {
      current = false;
    };
  }, [db, syncedAt, wanted]);
  return directory;
}

function Loading() {
  return (
    <main class="screen loading">
      <p>{t('app.loading')}</p>
    </main>
  );
}
