/**
 * Owns the sync worker's lifecycle: started on the first sync, stopped after a quiet minute so an
 * idle app holds no second thread. The page talks to it through a Comlink proxy.
 */
import * as Comlink from 'comlink';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import type { Api } from '../../device/sync/api.ts';
import { type SyncOptions, type SyncReport, syncOnce } from '../../device/sync/engine.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import type { PullProgress } from '../../device/sync/pull.ts';
import type { SyncWorker } from '../../worker/index.ts';

/** Runs one sync somewhere (the worker, or the page in tests) and reports. */
export type RunSync = (
  options: Pick<SyncOptions, 'pull' | 'ignoreBackoff'>,
  onProgress: (progress: PullProgress) => void,
  signal: AbortSignal,
) => Promise<SyncReport>;

const IDLE_MS = 60_000;

/** A `RunSync` that runs in a module worker made by `spawn`. */
export function workerSync(
  spawn: () => Worker = () =>
    new Worker(new URL('../../worker/index.ts', import.meta.url), { type: 'module' }),
): RunSync {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<SyncWorker> | null = null;
  // Rejects when the worker fails to start or dies: Comlink would wait for an answer forever.
  let died: Promise<never> = new Promise<never>(() => {});
  let active = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    remote?.[Comlink.releaseProxy]();
    worker?.terminate();
    worker = null;
    remote = null;
  };

  const start = (): Comlink.Remote<SyncWorker> => {
    const started = spawn();
    worker = started;
    died = new Promise<never>((_, reject) => {
      started.addEventListener(
        'error',
        (event) => {
          // Typically the worker's script could not be fetched (offline, after an update).
          reject(new OfflineError(event.error ?? new Error(event.message)));
          if (worker === started) stop();
        },
        { once: true },
      );
    });
    died.catch(() => {});
    remote = Comlink.wrap<SyncWorker>(started);
    return remote;
  };

  return async (options, onProgress, signal) => {
    clearTimeout(idle);
    const proxy = remote ?? start();
    active++;
    const cancel = () => void proxy.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await Promise.race([proxy.sync(options, Comlink.proxy(onProgress)), died]);
    } finally {
      signal.removeEventListener('abort', cancel);
      active--;
      if (active === 0) idle = setTimeout(stop, IDLE_MS);
    }
  };
}

/** A `RunSync` on the page's own thread: for tests, and browsers without module workers. */
export function pageSync(db: FerryBeatDB, api: Api): RunSync {
  return (options, onProgress, signal) => syncOnce({ db, api }, { ...options, onProgress, signal });
}
