/**
 * When the app syncs: right after a visit is saved, when the network comes back, at start and
 * whenever the app becomes visible, on a timer while it is open, and on 立即同步. After a save
 * it also registers a Background Sync, so Chromium sends the visit even if the app is closed
 * before a connection returns. Where Background Sync doesn't exist (iOS Safari), the
 * foreground triggers are all there is, which is why there are so many of them.
 */
import { OUTBOX_SYNC_TAG } from '../../device/sync/background.ts';
import { VISIT_SAVED_EVENT } from '../visit/events.ts';
import type { SyncRunner } from './runner.ts';

/** How often an open app syncs on its own; records backing off are left to their delay. */
export const TIMER_MS = 2 * 60_000;

/** Asks the service worker for a `sync` event when online; false where unsupported. */
export async function registerBackgroundSync(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): Promise<boolean> {
  if (!container) return false;
  const registration = (await Promise.race([
    container.ready,
    // No service worker yet (first visit, dev server): don't wait for one forever.
    new Promise<undefined>((resolve) => setTimeout(resolve, 3_000, undefined)),
  ])) as
    | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
    | undefined;
  if (!registration?.sync) return false;
  try {
    await registration.sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    // Denied (e.g. the site's background-sync permission is off): foreground triggers remain.
    return false;
  }
}

/** Wires every trigger to the runner; returns a function that removes them. */
export function installSyncTriggers(
  runner: SyncRunner,
  {
    target = window as EventTarget,
    doc = document as EventTarget & Pick<Document, 'visibilityState'>,
    timerMs = TIMER_MS,
    net = navigator as { readonly onLine: boolean },
    registerSync = registerBackgroundSync,
  } = {},
): () => void {
  // The automatic triggers skip a sync the browser knows cannot reach the server: it would only
  // start the device worker to fail, competing with the screen at a start without signal.
  // `onLine` false is reliable (true is not); the 'online' event starts the sync when it returns.
  const reachable = () => net.onLine !== false;
  const onSaved = () => {
    void runner.start({ pull: false });
    void registerSync();
  };
  const onOnline = () => void runner.start();
  const onVisible = () => {
    if (doc.visibilityState === 'visible' && reachable()) void runner.start();
  };
  const timer = setInterval(() => {
    if (doc.visibilityState === 'visible' && reachable()) {
      void runner.start({ ignoreBackoff: false });
    }
  }, timerMs);
  target.addEventListener(VISIT_SAVED_EVENT, onSaved);
  target.addEventListener('online', onOnline);
  doc.addEventListener('visibilitychange', onVisible);
  if (reachable()) void runner.start();
  return () => {
    clearInterval(timer);
    target.removeEventListener(VISIT_SAVED_EVENT, onSaved);
    target.removeEventListener('online', onOnline);
    doc.removeEventListener('visibilitychange', onVisible);
  };
}
