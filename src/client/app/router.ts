/**
 * A tiny hash router: `#/households`, `#/households/<id>`, `#/households/<id>/visit` (the
 * visit form), `#/map` (`#/map?household=<id>` centred on one), `#/ferries` (the crossings'
 * boards) and `#/plan` (today's plan); anything else is the list.
 */
import { useEffect, useState } from 'preact/hooks';

/** The screens a URL can name. */
export type Route =
  | { name: 'households' }
  | { name: 'household'; id: string }
  | { name: 'visit'; householdId: string }
  | { name: 'map'; householdId: string | null }
  | { name: 'ferries' }
  | { name: 'plan' };

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  if (hash === '#/ferries') return { name: 'ferries' };
  if (hash === '#/plan') return { name: 'plan' };
  const map = /^#\/map(?:\?(.*))?$/.exec(hash);
  if (map) return { name: 'map', householdId: new URLSearchParams(map[1]).get('household') };
  const match = /^#\/households\/([^/]+)(\/visit)?$/.exec(hash);
  if (!match?.[1]) return { name: 'households' };
  const id = decodeURIComponent(match[1]);
  return match[2] ? { name: 'visit', householdId: id } : { name: 'household', id };
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

// Set when the list's links open a side screen (map, ferries, plan), so its "back" pops that
// entry; from anywhere else (a household's screen) it replaces the screen with the list.
let sideOpenedFromList = false;

/** Notes that a side screen (map, ferries, plan) was opened from the list. */
export function markSideOpenedFromList(): void {
  sideOpenedFromList = true;
}

/** From a side screen back to the list: a history step when we came from it, else a replace. */
export function backFromSideScreen(): void {
  openedFromList = false;
  if (sideOpenedFromList) {
    sideOpenedFromList = false;
    history.back();
  } else {
    location.replace('#/households');
  }
}

// Set when a household's screen opens its visit form, so leaving the form pops that entry.
let formOpenedFromHousehold = false;

/** Notes that the visit form was opened from its household's screen. */
export function markFormOpenedFromHousehold(): void {
  formOpenedFromHousehold = true;
}

/** From the visit form back to its household: a history step when we came from there. */
export function backToHousehold(householdId: string): void {
  if (formOpenedFromHousehold) {
    formOpenedFromHousehold = false;
    history.back();
  } else {
    location.replace(householdHref(householdId));
  }
}
