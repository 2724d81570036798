/**
 * Owns the device worker's lifecycle: started on the first sync or plan, stopped after a quiet
 * minute so an idle app holds no second thread. The page talks to it through a Comlink proxy.
 */
import * as Comlink from 'comlink';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import type { Api } from '../../device/sync/api.ts';
import type { SyncOptions, SyncReport } from '../../device/sync/engine.ts';
import { OfflineError } from '../../device/sync/errors.ts';
import type { PullProgress } from '../../device/sync/pull.ts';
import type { PlanRequest, PlanResult } from '../../shared/planner/types.ts';
import type { DeviceWorker } from '../../worker/index.ts';

/** Runs one sync somewhere (the worker, or the page in tests) and reports. */
export type RunSync = (
  options: Pick<SyncOptions, 'pull' | 'ignoreBackoff'>,
  onProgress: (progress: PullProgress) => void,
  signal: AbortSignal,
) => Promise<SyncReport>;

const IDLE_MS = 60_000;

/** Runs jobs in the device worker, starting it on first use and stopping it when idle. */
export interface WorkerHost {
  use<T>(job: (remote: Comlink.Remote<DeviceWorker>) => Promise<T>): Promise<T>;
}

const spawnDeviceWorker = () =>
  new Worker(new URL('../../worker/index.ts', import.meta.url), { type: 'module' });

/** The host of one module worker made by `spawn`, shared by sync and the planner. */
export function workerHost(spawn: () => Worker = spawnDeviceWorker): WorkerHost {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<DeviceWorker> | null = null;
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

  const start = (): Comlink.Remote<DeviceWorker> => {
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
    remote = Comlink.wrap<DeviceWorker>(started);
    return remote;
  };

  return {
    async use(job) {
      clearTimeout(idle);
      const proxy = remote ?? start();
      active++;
      try {
        return await Promise.race([job(proxy), died]);
      } finally {
        active--;
        if (active === 0) idle = setTimeout(stop, IDLE_MS);
      }
    },
  };
}

/** A `RunSync` that runs in the device worker of `host`. */
export function workerSync(host: WorkerHost): RunSync {
  return (options, onProgress, signal) =>
    host.use(async (proxy) => {
      const cancel = () => void proxy.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        return await proxy.sync(options, Comlink.proxy(onProgress));
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    });
}

/** Plans a day somewhere: the worker, or the page where no module worker can start. */
export type RunPlan = (request: PlanRequest) => Promise<PlanResult>;

/** A `RunPlan` in the device worker of `host`. */
export function workerPlan(host: WorkerHost): RunPlan {
  return (request) => host.use((proxy) => proxy.plan(request));
}

/** A `RunPlan` on the page's own thread: for tests, and browsers without module workers. */
export function pagePlan(): RunPlan {
  // Loaded on first use: the planner stays out of the page's start-up bundle.
  return async (request) => (await import('../../shared/planner/planDay.ts')).planDay(request);
}

/** A `RunSync` on the page's own thread: for tests, and browsers without module workers. */
export function pageSync(database: Promise<FerryBeatDB>, api: Api): RunSync {
  // Loaded on first use: with a worker (nearly always) the engine stays out of the page's bundle.
  return async (options, onProgress, signal) => {
    const [{ syncOnce }, db] = await Promise.all([import('../../device/sync/engine.ts'), database]);
    return syncOnce({ db, api }, { ...options, onProgress, signal });
  };
}
