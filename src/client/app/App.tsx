/**
 * The app root: picks the screen from the stored state. No session → sign-in; a session without
 * a completed first pull → first sync; else the signed-in shell (header, navigation) around the
 * screen the route names.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FerryBeatDB, SessionRecord } from '../../device/db/schema.ts';
import { readSession, readSyncedAt } from '../../device/db/session.ts';
import { type Directory, loadDirectory } from '../households/directory.ts';
import { HouseholdList, type ListState } from '../households/HouseholdList.tsx';
import { t } from '../i18n/index.ts';
import { AppFooter } from '../pwa/AppFooter.tsx';
import { UpdateBanner } from '../pwa/UpdateBanner.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { AppNav } from '../shell/AppNav.tsx';
import { StatusLine } from '../shell/StatusLine.tsx';
import '../shell/shell.css';
import { takeSettled } from './early.ts';
import { FirstSync } from './FirstSync.tsx';
import { markOnce } from './marks.ts';
import { type Route, tabOf, useRoute } from './router.ts';
import { SignIn } from './SignIn.tsx';
import {
  ferryScreen,
  householdScreen,
  mapScreen,
  meScreen,
  planScreen,
  preloadScreens,
  visitScreen,
} from './screens.ts';
import { useAppServices } from './services.ts';
import { useLiveQuery } from './useLiveQuery.ts';
import { useLocale } from './useLocale.ts';

/** The whole app; re-renders everything on a language switch. */
export function App() {
  useLocale();
  return <Screen />;
}

/** The screen for the stored state. */
function Screen() {
  const { db } = useAppServices();
  const [early] = useState(() => takeSettled('start') ?? null);
  // Until the database is in, the early read says who is signed in.
  const session = useLiveQuery(
    db ? () => readSession(db) : null,
    [db],
    early ? { value: early.session } : undefined,
  );
  if (session === undefined) return <Loading />;
  if (session === null)
    return (
      <SignedOut>
        <SignIn />
      </SignedOut>
    );
  markOnce('session-read');
  // Keyed by user: another user's list state never carries over.
  return (
    <SignedIn
      key={session.user.id}
      session={session}
      initialSyncedAt={
        // Only for the user it was read for: after a sign-out another user starts afresh.
        early?.session?.user.id === session.user.id ? { value: early.syncedAt } : undefined
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
  const { db } = useAppServices();
  const syncedAt = useLiveQuery(db ? () => readSyncedAt(db) : null, [db], initialSyncedAt);
  useEffect(preloadScreens, []);
  const route = useRoute();
  // The map needs no directory: opening the app on the map must not wait behind building one.
  const directory = useDirectory(db, syncedAt, route.name !== 'map');
  const [listState, setListState] = useState<ListState>({
    query: '',
    toggled: new Set(),
    scrollY: 0,
    rows: 0,
  });

  if (syncedAt === undefined) return <Loading />;
  if (syncedAt === null) {
    return (
      <SignedOut>
        <FirstSync />
      </SignedOut>
    );
  }
  // The visit form takes the whole screen: its save bar sits where the tabs would, and a tab
  // tapped by mistake must not leave a half-recorded visit.
  const focused = route.name === 'visit';
  return (
    <div class={focused ? 'shell shell-focused' : 'shell'}>
      <AppHeader title={t(`nav.${tabOf(route)}`)}>
        <StatusLine session={session} linked={!focused} />
      </AppHeader>
      {!focused && <AppNav current={tabOf(route)} />}
      <div class="shell-content">
        <RouteScreen
          route={route}
          session={session}
          directory={directory}
          listState={listState}
          setListState={setListState}
        />
      </div>
      <div class="pwa-notices">
        <UpdateBanner />
      </div>
    </div>
  );
}

/** The screen the route names. */
function RouteScreen({
  route,
  session,
  directory,
  listState,
  setListState,
}: {
  route: Route;
  session: SessionRecord;
  directory: Directory | null;
  listState: ListState;
  setListState: (update: (prev: ListState) => ListState) => void;
}) {
  const { db } = useAppServices();
  // Stable, so the list's rows are not rendered again for a new callback.
  const changeList = useCallback(
    (next: Partial<ListState>) => setListState((prev) => ({ ...prev, ...next })),
    [setListState],
  );
  // The screens read the database: the frame is drawn without it, they follow it.
  if (!db) return <Loading />;
  return (
    <>
      {route.name === 'household' ? (
        <householdScreen.Screen id={route.id} user={session.user} />
      ) : route.name === 'map' ? (
        <mapScreen.Screen householdId={route.householdId} session={session} />
      ) : route.name === 'visit' ? (
        <visitScreen.Screen householdId={route.householdId} userId={session.user.id} />
      ) : route.name === 'ferries' ? (
        <ferryScreen.Screen session={session} />
      ) : route.name === 'plan' ? (
        <planScreen.Screen session={session} />
      ) : route.name === 'me' ? (
        <meScreen.Screen session={session} />
      ) : directory ? (
        <HouseholdList directory={directory} state={listState} onChange={changeList} />
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
  db: FerryBeatDB | null,
  syncedAt: string | null | undefined,
  wanted: boolean,
): Directory | null {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    // Built once per completed pull, and only when a screen needs it.
    if (!db || !syncedAt || !wanted || loadedFor.current === syncedAt) return;
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

/** A screen before the shell (sign-in, first sync): the version and an update are shown too. */
function SignedOut({ children }: { children: ComponentChildren }) {
  return (
    <>
      {children}
      <AppFooter />
    </>
  );
}

/** 正在载入…, or, when the database could not load, what to do about it. */
function Loading() {
  const { dbFailed } = useAppServices();
  return (
    <main class="screen loading">
      <p role={dbFailed ? 'alert' : undefined}>{t(dbFailed ? 'app.loadFailed' : 'app.loading')}</p>
    </main>
  );
}
