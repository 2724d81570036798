/**
 * A tiny hash router. The five tabs: `#/households` (the list; anything unknown is the list too),
 * `#/map` (`#/map?household=<id>` centred on one), `#/ferries`, `#/plan` (today's plan), `#/me`;
 * and below the list `#/households/<id>` and `#/households/<id>/visit` (the visit form).
 *
 * Where the officer came from lives in `history.state`, not in module flags: an entry pushed by
 * `navigate` carries `{ back: true }`, so "back" on it is one history step (the phone's back
 * gesture then never returns to the screen just left), and that holds after a reload too.
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

/** State to add to the entry the next back step lands on (see `goBack`). */
let landing: RouteState | null = null;

// One listener, added before any screen's: the entry "back" lands on gets its state before a
// screen mounts on it and reads it (the browser runs each listener's microtasks, where Preact
// renders, before calling the next).
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    if (landing) {
      history.replaceState({ ...routeState(), ...landing }, '');
      landing = null;
    }
    notify();
  });
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
  landing = state ?? null;
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
    const update = () => setRoute(parseRoute(location.hash));
    listeners.add(update);
    window.addEventListener('hashchange', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return route;
}
