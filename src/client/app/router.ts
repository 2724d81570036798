/** A tiny hash router: `#/households` and `#/households/<id>`; anything else is the list. */
import { useEffect, useState } from 'preact/hooks';

/** The screens a URL can name. */
export type Route = { name: 'households' } | { name: 'household'; id: string };

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  const match = /^#\/households\/([^/]+)$/.exec(hash);
  return match?.[1]
    ? { name: 'household', id: decodeURIComponent(match[1]) }
    : { name: 'households' };
}

/** The link to a household's detail screen. */
export function householdHref(id: string): string {
  return `#/households/${encodeURIComponent(id)}`;
}

/** The current route, following `hashchange` (links, back button, gestures). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

// Set when the list opens a household, so "back" can pop that history entry rather than push a
// new one (the phone's back gesture must not return to the detail afterwards).
let openedFromList = false;

/** Notes that a detail screen was opened from the list. */
export function markOpenedFromList(): void {
  openedFromList = true;
}

/** Back to the list: a history step when we came from it, else a replaced entry. */
export function backToList(): void {
  if (openedFromList) {
    openedFromList = false;
    history.back();
  } else {
    location.replace('#/households');
  }
}
