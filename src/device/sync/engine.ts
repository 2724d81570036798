/**
 * The sync engine: push the outbox, upload photos, then pull. The same code runs in the sync
 * worker (behind Comlink, for the open app) and in the service worker's `sync` event (for the
 * closed app); a Web Lock keeps them from running at once. Clock, randomness and transport
 * are injected so tests can drive it against a scripted, flaky or real server.
 */
import { ApiError } from '../../shared/errors.ts';
import type { FerryBeatDB } from '../db/schema.ts';
import { expireSession, readSession, saveLastSyncAt } from '../db/session.ts';
import type { Api } from './api.ts';
import { isAuthExpired, isOffline } from './errors.ts';
import { withSyncLock } from './lock.ts';
import { type PullProgress, pullAll } from './pull.ts';
import { type PushReport, type PushStatus, pushOutbox } from './pushOutbox.ts';
import { uploadPhotos } from './uploadPhotos.ts';

/**
 * Mutations per push: a ferry-side link costs ~150 ms a request whatever its size, so a day's
 * visits go in one request (1,000 visits are ~0.7 MB, well under the server's 2 MiB limit; a
 * batch the server finds too large is halved, see pushOutbox.ts).
 */
export const PUSH_BATCH_SIZE = 1_000;

/** What the engine needs from its host. */
export interface EngineDeps {
  db: FerryBeatDB;
  api: Api;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
}

/** What one sync should do. */
export interface SyncOptions {
  /** Pull after pushing (false: push only, e.g. right after a save). */
  pull?: boolean;
  /** Retry entries still backing off (a tap on 立即同步, the `online` event). */
  ignoreBackoff?: boolean;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
}

/** The outcome of one sync, for the status line and for the service worker's retry decision. */
export interface SyncReport {
  status: PushStatus | 'signed-out';
  push: PushReport | null;
  photos: number;
  pulled: number;
  /** ISO time of the end of a sync that reached the server, for "last synced". */
  finishedAt: string | null;
}

/** Runs one sync under the sync lock. Never throws for network or auth trouble: it reports. */
export function syncOnce(deps: EngineDeps, options: SyncOptions = {}): Promise<SyncReport> {
  return withSyncLock(() => runSync(deps, options), options.signal);
}

async function runSync(deps: EngineDeps, options: SyncOptions): Promise<SyncReport> {
  const { db, api, now = Date.now, random = Math.random } = deps;
  const session = await readSession(db);
  const report: SyncReport = {
    status: 'signed-out',
    push: null,
    photos: 0,
    pulled: 0,
    finishedAt: null,
  };
  if (!session) return report;
  const push = await pushOutbox({
    db,
    api,
    token: session.token,
    userId: session.user.id,
    now,
    random,
    batchSize: deps.batchSize ?? PUSH_BATCH_SIZE,
    ignoreBackoff: options.ignoreBackoff ?? false,
  });
  report.push = push;
  report.status = push.status;
  if (push.status === 'done') {
    const photos = await uploadPhotos(
      db,
      api,
      { token: session.token, userId: session.user.id },
      options.signal,
    );
    report.photos = photos.uploaded;
    report.status = photos.status;
  }
  if (report.status === 'done' && options.pull !== false) {
    try {
      report.pulled = (
        await pullAll({ db, api, onProgress: options.onProgress, signal: options.signal })
      ).applied;
    } catch (error) {
      if (isOffline(error)) report.status = 'offline';
      else if (isAuthExpired(error)) report.status = 'auth-expired';
      else if (error instanceof ApiError) report.status = 'server-error';
      else throw error;
    }
  }
  // The login expired or was revoked while offline: forget the token, keep every record.
  if (report.status === 'auth-expired') await expireSession(db, session.token);
  if (report.status === 'done') {
    report.finishedAt = new Date(now()).toISOString();
    await saveLastSyncAt(db, report.finishedAt);
  }
  return report;
}
