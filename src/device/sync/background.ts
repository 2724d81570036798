/**
 * Background Sync (https://developer.mozilla.org/docs/Web/API/Background_Synchronization_API):
 * after a save, the page asks the browser to fire the service worker's `sync` event once the
 * network is back, even if the app has been closed by then. Chromium supports it; Safari does
 * not, and there the page's own triggers carry the load.
 */

/** The tag of the one sync registration: send the outbox. */
export const OUTBOX_SYNC_TAG = 'ferrybeat-outbox';
