/** Names the page and the service worker agree on; dependency-free on both sides. */

/** The Background Sync tag the page registers after a save (defined beside the sync core). */
export { OUTBOX_SYNC_TAG } from '../src/device/sync/background.ts';

/** The message the page posts to a waiting service worker when the officer taps 更新. */
export const SKIP_WAITING_MESSAGE = 'SKIP_WAITING';
