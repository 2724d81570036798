/**
 * The device worker: runs the sync engine and the day planner off the page's main thread, so
 * sorting and writing a 5,000-change page or trying thousands of visit orders never stutters
 * the screen an officer is using. It exposes one object through Comlink and exports only its
 * type (the page holds a proxy, see src/client/sync/workerBridge.ts).
 */
import * as Comlink from 'comlink';
import { db } from '../device/db/db.ts';
import { createApi } from '../device/sync/api.ts';
import { type SyncOptions, type SyncReport, syncOnce } from '../device/sync/engine.ts';
import type { PullProgress } from '../device/sync/pull.ts';
import { planDay } from '../shared/planner/planDay.ts';
import type { PlanRequest, PlanResult } from '../shared/planner/types.ts';

const api = createApi();
let current: AbortController | null = null;

const deviceWorker = {
  /** One sync: push the outbox, upload photos, pull (see engine.ts). */
  async sync(
    options: Pick<SyncOptions, 'pull' | 'ignoreBackoff'>,
    onProgress?: (progress: PullProgress) => void,
  ): Promise<SyncReport> {
    const controller = new AbortController();
    current = controller;
    try {
      return await syncOnce({ db, api }, { ...options, onProgress, signal: controller.signal });
    } finally {
      if (current === controller) current = null;
      // The page's callback is a Comlink proxy: release its message port with the sync.
      (onProgress as { [Comlink.releaseProxy]?: () => void } | undefined)?.[
        Comlink.releaseProxy
      ]?.();
    }
  },
  /** Stops the running sync (before signing out); what was written stays written. */
  cancel(): void {
    current?.abort();
  },
  /** Orders the day's households around the ferries (src/shared/planner/planDay.ts). */
  plan(request: PlanRequest): PlanResult {
    return planDay(request);
  },
};

/** The worker's API as the page sees it through Comlink. */
export type DeviceWorker = typeof deviceWorker;

Comlink.expose(deviceWorker);
