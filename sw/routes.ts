/**
 * What the service worker answers from its caches. Only the precached build (app shell, every
 * chunk, icons, manifest) is served by it; the station API is never cached here: the device's
 * data lives in IndexedDB, and a cached API answer would show stale or another user's data.
 */
import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute } from 'workbox-routing';

/** Requests under this path always go to the network. */
export const API_PATH = /^\/api\//;

/**
 * Every navigation inside the scope (`/`, `/#/households/…`, a deep link) gets the precached
 * `index.html`, so the app opens with no network; the hash router picks the screen.
 */
export function appShellRoute(): NavigationRoute {
  return new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [API_PATH] });
}
