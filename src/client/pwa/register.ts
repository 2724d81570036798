/**
 * The page's side of the service worker lifecycle: register `/sw.js`, notice a new version,
 * let the officer choose when to take it, reload on `controllerchange`. A new version waits
 * (no skipWaiting at install) and is never applied while a form holds unsaved input.
 * https://web.dev/articles/service-worker-lifecycle
 */
import { Workbox } from 'workbox-window';
import { createStore } from './store.ts';
import { hasUnsavedInput } from './unsaved.ts';

/** The built worker (`dist/sw.js`, a classic script) and its scope, the whole app. */
export const SW_URL = '/sw.js';
export const SW_SCOPE = '/';

/** `current`: nothing new; `available`: a new version waits for 更新; `applying`: reloading. */
export type UpdateState = 'current' | 'available' | 'applying';

/** Where the next version stands, for the update banner. */
export const updateState = createStore<UpdateState>('current');

let workbox: Workbox | null = null;
let registration: ServiceWorkerRegistration | undefined;
let reloadRequested = false;

/** Registers the service worker and watches for new versions; call once at start. */
export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || workbox) return registration;
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    // The very first worker claiming this page changes nothing the officer sees.
    if (wasControlled) onNewController();
  });
  workbox = new Workbox(SW_URL, { scope: SW_SCOPE });
  // Also fires at load when an earlier visit left a version waiting.
  workbox.addEventListener('waiting', () => updateState.set('available'));
  // Look for a new version whenever the officer comes back to the app or the signal returns.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  window.addEventListener('online', () => void checkForUpdate());
  registration = await workbox.register();
  return registration;
}

/** Asks the browser to fetch `sw.js` again; offline, this quietly does nothing. */
export async function checkForUpdate(): Promise<void> {
  await registration?.update().catch(() => undefined);
}

/**
 * Applies the new version: the waiting worker takes over and the page reloads once it controls
 * the page. Returns `unsaved`, doing nothing, while a form holds unsaved input.
 */
export function applyUpdate(): 'applying' | 'unsaved' {
  if (hasUnsavedInput()) return 'unsaved';
  reloadRequested = true;
  updateState.set('applying');
  if (registration?.waiting) workbox?.messageSkipWaiting();
  // Already active (another tab applied it): only this page still runs the old code.
  else window.location.reload();
  return 'applying';
}

function onNewController(): void {
  if (reloadRequested && !hasUnsavedInput()) {
    window.location.reload();
    return;
  }
  // Another tab applied the update, or a form became dirty meanwhile: offer the reload instead.
  reloadRequested = false;
  updateState.set('available');
}
