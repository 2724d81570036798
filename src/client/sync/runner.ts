/**
 * The one pull that may run at a time. The first-sync screen and the Sync button both ask it to
 * run; a second request while a pull runs joins it instead of starting another. Across tabs a
 * Web Lock serializes pulls (https://developer.mozilla.org/docs/Web/API/Web_Locks_API).
 */

import type { FerryBeatDB } from '../../device/db/schema.ts';
import { expireSession } from '../../device/db/session.ts';
import type { Api } from '../../device/sync/api.ts';
import { isAuthExpired, type PullProgress, pullAll } from '../../device/sync/pull.ts';

/** What the UI shows about syncing. */
export interface SyncState {
  running: boolean;
  progress: PullProgress | null;
  error: unknown;
}

/** A shared sync runner: start, cancel, and watch its state. */
export interface SyncRunner {
  readonly state: SyncState;
  /** Starts a pull, or returns the one already running. Never rejects: errors land in state. */
  start(): Promise<void>;
  /** Stops a running pull and waits until it has stopped (before signing out). */
  cancel(): Promise<void>;
  subscribe(listener: (state: SyncState) => void): () => void;
}

/** Makes the runner; on an expired login it drops the session and keeps the data. */
export function createSyncRunner({ db, api }: { db: FerryBeatDB; api: Api }): SyncRunner {
  let state: SyncState = { running: false, progress: null, error: null };
  let running: Promise<void> | null = null;
  let controller: AbortController | null = null;
  const listeners = new Set<(state: SyncState) => void>();
  const set = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const run = async (signal: AbortSignal) => {
    set({ running: true, progress: null, error: null });
    try {
      await withLock(signal, () =>
        pullAll({ db, api, signal, onProgress: (progress) => set({ progress }) }),
      );
      set({ running: false });
    } catch (error) {
      if (isAuthExpired(error)) await expireSession(db);
      set({ running: false, error: signal.aborted ? null : error });
    }
  };

  return {
    get state() {
      return state;
    },
    start() {
      if (running) return running;
      controller = new AbortController();
      running = run(controller.signal).finally(() => {
        running = null;
      });
      return running;
    },
    async cancel() {
      controller?.abort();
      await running;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function withLock<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
  // Node (unit tests) has no navigator; one tab alone needs no lock.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request('ferrybeat-pull', { signal }, task) : await task();
}
