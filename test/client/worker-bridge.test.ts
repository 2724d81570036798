import { describe, expect, it } from 'vitest';
import { workerSync } from '../../src/client/sync/worker-bridge.ts';
import { OfflineError } from '../../src/device/sync/errors.ts';

/** A worker whose script never loads: it answers nothing and reports an error. */
class BrokenWorker extends EventTarget {
  postMessage(): void {}
  terminate(): void {}
  start(): void {}
  fail(): void {
    const event = Object.assign(new Event('error'), { error: new Error('script not found') });
    this.dispatchEvent(event);
  }
}

describe('the sync worker bridge', () => {
  it('a worker that fails to start ends the sync with an error instead of waiting forever', async () => {
    const workers: BrokenWorker[] = [];
    const run = workerSync(() => {
      const worker = new BrokenWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const sync = run({ pull: true }, () => {}, new AbortController().signal);
    workers[0]?.fail();
    await expect(sync).rejects.toBeInstanceOf(OfflineError);
    // The next sync starts a fresh worker.
    const again = run({ pull: true }, () => {}, new AbortController().signal);
    expect(workers).toHaveLength(2);
    workers[1]?.fail();
    await expect(again).rejects.toBeInstanceOf(OfflineError);
  });
});
