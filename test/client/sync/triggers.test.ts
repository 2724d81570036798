import { describe, expect, it } from 'vitest';
import type { SyncRequest, SyncRunner } from '../../../src/client/sync/runner.ts';
import { installSyncTriggers } from '../../../src/client/sync/triggers.ts';
import { VISIT_SAVED_EVENT } from '../../../src/client/visit/events.ts';

/** A runner that only counts what it was asked to do. */
function countingRunner() {
  const starts: SyncRequest[] = [];
  const runner = {
    state: { running: false, progress: null, error: null, lastReport: null },
    start: async (request: SyncRequest = {}) => {
      starts.push(request);
    },
    cancel: async () => {},
    subscribe: () => () => {},
  } satisfies SyncRunner;
  return { runner, starts };
}

/** A page's window, document and connection, with the connection switchable. */
function page(onLine: boolean) {
  const net = { onLine };
  const doc = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  return { target: new EventTarget(), doc, net };
}

describe('sync triggers', () => {
  it('a start without signal does not sync (nor start the worker) until the network returns', () => {
    const { runner, starts } = countingRunner();
    const { target, doc, net } = page(false);
    const remove = installSyncTriggers(runner, {
      target,
      doc,
      net,
      registerSync: async () => false,
    });
    expect(starts).toHaveLength(0);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(starts).toHaveLength(0);

    net.onLine = true;
    target.dispatchEvent(new Event('online'));
    expect(starts).toHaveLength(1);
    remove();
  });

  it('a start with signal syncs at once, and a saved visit is pushed even when offline', () => {
    const { runner, starts } = countingRunner();
    const { target, doc, net } = page(true);
    const remove = installSyncTriggers(runner, {
      target,
      doc,
      net,
      registerSync: async () => false,
    });
    expect(starts).toEqual([{}]);

    // The browser's offline flag can lag a link that just came back: a saved visit always tries.
    net.onLine = false;
    target.dispatchEvent(new Event(VISIT_SAVED_EVENT));
    expect(starts).toEqual([{}, { pull: false }]);
    remove();
  });
});
