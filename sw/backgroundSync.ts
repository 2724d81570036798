/**
 * The closed app's sync: the browser fires `sync` when a connection comes back, and the service
 * worker runs the same engine as the open app (the sync lock keeps them from overlapping).
 */
import { db } from '../src/device/db/db.ts';
import { createApi } from '../src/device/sync/api.ts';
import { type SyncReport, syncOnce } from '../src/device/sync/engine.ts';

/** Thrown when a sync did not reach the server, so the browser schedules another attempt. */
export class SyncNotDoneError extends Error {
  override readonly name = 'SyncNotDoneError';
  constructor(readonly status: SyncReport['status']) {
    super(`background sync ended with status ${status}; the browser will retry`);
  }
}

/** Whether the browser should fire the sync event again later for this outcome. */
export function shouldRetry(report: SyncReport): boolean {
  return report.status === 'offline' || report.status === 'server-error';
}

/**
 * Pushes the outbox, uploads photos and pulls. Rejects when the network or the server failed:
 * a rejected `waitUntil` promise is how a service worker asks for a retry.
 * https://wicg.github.io/background-sync/spec/#fire-a-sync-event
 */
export async function runBackgroundSync(): Promise<SyncReport> {
  const report = await syncOnce({ db, api: createApi() }, { pull: true, ignoreBackoff: true });
  if (shouldRetry(report)) throw new SyncNotDoneError(report.status);
  return report;
}
