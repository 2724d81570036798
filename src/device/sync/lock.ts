/**
 * One sync at a time across tabs, the device worker and the service worker: they all share the
 * origin's Web Locks (https://developer.mozilla.org/docs/Web/API/Web_Locks_API).
 */

export const SYNC_LOCK = 'ferrybeat-sync';

/** Runs `task` holding the sync lock; waits for a sync elsewhere to finish first. */
export async function withSyncLock<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  // Node (unit tests) has no navigator.locks; there a single caller needs no lock.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  return locks.request(SYNC_LOCK, signal ? { signal } : {}, task);
}
