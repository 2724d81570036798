/**
 * The service worker: event listeners only. Strategies and routes are in `routes.ts`, the
 * closed app's sync in `backgroundSync.ts`. Built by vite-plugin-pwa (`injectManifest`) into
 * `dist/sw.js`, a classic script served at the scope root `/`.
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { runBackgroundSync } from './backgroundSync.ts';
import { appShellRoute } from './routes.ts';
import { OUTBOX_SYNC_TAG, SKIP_WAITING_MESSAGE } from './tags.ts';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(appShellRoute());

// No skipWaiting() at install: a new version waits until the officer taps 更新 (the page posts
// SKIP_WAITING), so nobody loses a half-typed visit to a reload.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE) {
    void self.skipWaiting();
  }
});

// The first install takes the open page at once, so it works offline without a reload. Later
// versions only activate on SKIP_WAITING, when the page has asked for the reload.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(runBackgroundSync());
});
