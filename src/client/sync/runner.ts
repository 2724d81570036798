/**
 * The page's one sync at a time. Every trigger (sign-in, a saved visit, coming online, the
 * 立即同步 button, a timer) asks the runner; a request while a sync runs is remembered and run
 * right after, so a visit saved mid-pull is not left waiting for the next trigger. The sync
 * itself runs where `run` says: the device worker in the app, the page in tests.
 */

import type { SyncReport } from '../../device/sync/engine.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import type { PullProgress } from '../../device/sync/pull.ts';
import { ApiError } from '../../shared/errors.ts';
import type { RunSync } from './workerBridge.ts';

/** What the UI shows about syncing. */
export interface SyncState {
  running: boolean;
  progress: PullProgress | null;
  /** Why the last sync stopped short: OfflineError or ApiError (E_AUTH, E_INTERNAL). */
  error: unknown;
  lastReport: SyncReport | null;
}

/** What one request asks for. */
export interface SyncRequest {
  /** Pull after pushing; default true. */
  pull?: boolean;
  /** Retry records still backing off; default true (a person or the network asked). */
  ignoreBackoff?: boolean;
}

/** A shared sync runner: start, cancel, and watch its state. */
export interface SyncRunner {
  readonly state: SyncState;
  /** Runs a sync, or queues one after the running one. Never rejects: errors land in state. */
  start(request?: SyncRequest): Promise<void>;
  /** Stops a running sync and drops a queued one; waits until it has stopped. */
  cancel(): Promise<void>;
  subscribe(listener: (state: SyncState) => void): () => void;
}

function errorOf(report: SyncReport): unknown {
  switch (report.status) {
    case 'offline':
      return new OfflineError(new Error('no connection'));
    case 'auth-expired':
      return new ApiError('E_AUTH', 'the sign-in has expired', 401);
    case 'server-error':
      return new ApiError('E_INTERNAL', 'the server failed', 500);
    default:
      return null;
  }
}

/** Merges two requests: the queued sync does whatever either asked for. */
function merge(a: SyncRequest | null, b: SyncRequest): SyncRequest {
  if (!a) return b;
  return {
    pull: (a.pull ?? true) || (b.pull ?? true),
    ignoreBackoff: (a.ignoreBackoff ?? true) || (b.ignoreBackoff ?? true),
  };
}

/** Makes the runner around a way to run one sync. */
export function createSyncRunner({ run }: { run: RunSync }): SyncRunner {
  let state: SyncState = { running: false, progress: null, error: null, lastReport: null };
  let running: Promise<void> | null = null;
  let queued: SyncRequest | null = null;
  let controller: AbortController | null = null;
  const listeners = new Set<(state: SyncState) => void>();
  const set = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const once = async (request: SyncRequest, signal: AbortSignal) => {
    set({ running: true, progress: null, error: null });
    try {
      const report = await run(
        { pull: request.pull ?? true, ignoreBackoff: request.ignoreBackoff ?? true },
        (progress) => set({ progress }),
        signal,
      );
      set({ running: false, error: signal.aborted ? null : errorOf(report), lastReport: report });
    } catch (error) {
      set({ running: false, error: signal.aborted ? null : error });
    }
  };

  const loop = async (first: SyncRequest) => {
    let request: SyncRequest | null = first;
    while (request) {
      controller = new AbortController();
      await once(request, controller.signal);
      request = controller.signal.aborted ? null : queued;
      queued = null;
    }
  };

  return {
    get state() {
      return state;
    },
    start(request = {}) {
      if (running) {
        queued = merge(queued, request);
        return running;
      }
      running = loop(request).finally(() => {
        running = null;
      });
      return running;
    },
    async cancel() {
      queued = null;
      controller?.abort();
      await running;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
