/**
 * A tiny hash router. The five tabs: `#/households` (the list; anything unknown is the list too),
 * `#/map` (`#/map?household=<id>` centred on one), `#/ferries`, `#/plan` (today's plan), `#/me`;
 * and below the list `#/households/<id>` and `#/households/<id>/visit` (the visit form).
 *
 * Where the officer came from lives in `history.state`: an entry pushed by `navigate` (every
 * in-app link goes through it) carries `{ back: true }`, so "back" on it is one history step
 * (the phone's back gesture then never returns to the screen just left), and that holds after
 * a reload too.
 */
import { useEffect, useState } from 'preact/hooks';

/** The screens a URL can name. */
export type Route =
  | { name: 'households' }
  | { name: 'household'; id: string }
  | { name: 'visit'; householdId: string }
  | { name: 'map'; householdId: string | null }
  | { name: 'ferries' }
  | { name: 'plan' }
  | { name: 'me' };

/** The tabs of the app's navigation, in the order they are shown. */
export const TABS = ['households', 'map', 'ferries', 'plan', 'me'] as const;
export type Tab = (typeof TABS)[number];

/** What the app keeps in `history.state`. */
export interface RouteState {
  /** The entry before this one is the screen the officer came from. */
  back?: boolean;
  /** The visit just saved from this household's form: its screen says so once. */
  savedVisitId?: string;
}

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  if (hash === '#/ferries') return { name: 'ferries' };
  if (hash === '#/plan') return { name: 'plan' };
  if (hash === '#/me') return { name: 'me' };
  const map = /^#\/map(?:\?(.*))?$/.exec(hash);
  if (map) return { name: 'map', householdId: new URLSearchParams(map[1]).get('household') };
  const match = /^#\/households\/([^/]+)(\/visit)?$/.exec(hash);
  if (!match?.[1]) return { name: 'households' };
  const id = decodeURIComponent(match[1]);
  return match[2] ? { name: 'visit', householdId: id } : { name: 'household', id };
}

/** The tab a route belongs to: a household and its visit form sit under the list. */
export function tabOf(route: Route): Tab {
  return route.name === 'household' || route.name === 'visit' ? 'households' : route.name;
}

/** The link to a tab's first screen. */
export function tabHref(tab: Tab): string {
  return `#/${tab}`;
}

/** The link to a household's detail screen. */
export function householdHref(id: string): string {
  return `#/households/${encodeURIComponent(id)}`;
}

/** The link to a household's visit form. */
export function visitHref(householdId: string): string {
  return `${householdHref(householdId)}/visit`;
}

/** The link to the map, centred on a household when one is given. */
export function mapHref(householdId?: string): string {
  return householdId ? `#/map?household=${encodeURIComponent(householdId)}` : '#/map';
}

/** The app's state of the current history entry. */
export function routeState(): RouteState {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null ? (state as RouteState) : {};
}

const listeners = new Set<() => void>();
function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * State for the entry a back step lands on (see `goBack`), held in sessionStorage: the step may
 * load the page afresh (after a reload, the entries before belong to the old document), and a
 * module variable would not survive that.
 */
const LANDING_KEY = 'ferrybeat.landing';
/** A landing older than this belongs to a back step that never came; it is dropped. */
const LANDING_MS = 10_000;

function holdLanding(state: RouteState): void {
  try {
    sessionStorage.setItem(LANDING_KEY, JSON.stringify({ at: Date.now(), state }));
  } catch {
    // Private mode without storage: the note is not shown, nothing else changes.
  }
}

/** Adds a held landing to the current entry, once. */
function applyLanding(): void {
  try {
    const held = sessionStorage.getItem(LANDING_KEY);
    if (!held) return;
    sessionStorage.removeItem(LANDING_KEY);
    const { at, state } = JSON.parse(held) as { at: number; state: RouteState };
    if (Date.now() - at <= LANDING_MS) history.replaceState({ ...routeState(), ...state }, '');
  } catch {
    // Unreadable: as if there were none.
  }
}

/**
 * Follows a plain tap on an in-app link (`<a href="#/…">`, also in map popups) through
 * `navigate`, so the new entry remembers where "back" goes; `data-replace` swaps the entry
 * instead (tabs). A modified click (new tab, new window) is the browser's to handle.
 */
function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target) return;
  event.preventDefault();
  navigate(link.getAttribute('href') ?? '#/', { replace: link.dataset.replace !== undefined });
}

if (typeof window !== 'undefined') {
  // A back step that loaded the page afresh lands here.
  applyLanding();
  // Before any screen's listener: the entry gets its state before a screen mounts on it.
  window.addEventListener('popstate', () => {
    applyLanding();
    notify();
  });
  // A hash set by script or typed (useRoute skips the second call of a back step).
  window.addEventListener('hashchange', notify);
  document.addEventListener('click', followLink);
}

/**
 * Opens `href`. A new entry remembers that "back" returns here; `replace` swaps the current
 * entry instead (switching tabs, or leaving a screen that should not be returned to).
 */
export function navigate(href: string, { replace = false, state = {} as RouteState } = {}): void {
  if (replace) history.replaceState(state, '', href);
  else history.pushState({ ...state, back: true }, '', href);
  // pushState and replaceState fire no hashchange: the app's listeners are told here.
  notify();
}

/**
 * Back from a screen: one history step when the officer came from the screen before, else
 * `fallback` in place of this entry (opened from a link, a bookmark or after sign-in).
 * `state` is added to the entry "back" lands on.
 */
export function goBack(fallback: string, state?: RouteState): void {
  if (!routeState().back) {
    navigate(fallback, { replace: true, ...(state ? { state } : {}) });
    return;
  }
  if (state) holdLanding(state);
  history.back();
}

/** Drops `key` from the current entry's state (a notice shown once stays shown only once). */
export function clearRouteState(key: keyof RouteState): void {
  const { [key]: _dropped, ...rest } = routeState();
  history.replaceState(rest, '');
}

/** The current route, following links, `navigate`, and the back button or gesture. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    let hash = location.hash;
    // A back step fires popstate and hashchange: the screen renders once, for a new hash.
    const update = () => {
      if (location.hash === hash) return;
      hash = location.hash;
      setRoute(parseRoute(hash));
    };
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return route;
}
