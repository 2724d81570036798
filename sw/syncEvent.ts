/**
 * The Background Sync event, which TypeScript's WebWorker lib does not declare (Chromium only).
 * https://developer.mozilla.org/docs/Web/API/SyncEvent
 */

/** A `sync` event: the browser's retry of work the page registered under `tag`. */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  /** True when the browser will not retry this tag again after this attempt. */
  readonly lastChance: boolean;
}

declare global {
  interface ServiceWorkerGlobalScopeEventMap {
    sync: SyncEvent;
  }
}
