import { describe, expect, it } from 'vitest';
import { workerHost, workerPlan, workerSync } from '../../../src/client/sync/workerBridge.ts';
import { OfflineError } from '../../../src/device/sync/errors.ts';

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

describe('the device worker bridge', () => {
  it('a worker that fails to start ends the sync with an error instead of waiting forever', async () => {
    const workers: BrokenWorker[] = [];
    const run = workerSync(
      workerHost(() => {
        const worker = new BrokenWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      }),
    );
    const sync = run({ pull: true }, () => {}, new AbortController().signal);
    workers[0]?.fail();
    await expect(sync).rejects.toBeInstanceOf(OfflineError);
    // The next sync starts a fresh worker.
    const again = run({ pull: true }, () => {}, new AbortController().signal);
    expect(workers).toHaveLength(2);
    workers[1]?.fail();
    await expect(again).rejects.toBeInstanceOf(OfflineError);
  });

  it('sync and the planner share one worker, and a planner call on a dead worker fails instead of hanging', async () => {
    const workers: BrokenWorker[] = [];
    const host = workerHost(() => {
      const worker = new BrokenWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const sync = workerSync(host)({ pull: true }, () => {}, new AbortController().signal);
    const plan = workerPlan(host)({
      now: 0,
      start: { location: [113, 22], bankId: 'b1' },
      home: { location: [113, 22], bankId: 'b1' },
      stops: [],
      landings: [],
      connections: [],
    });
    expect(workers).toHaveLength(1);
    workers[0]?.fail();
    await expect(sync).rejects.toBeInstanceOf(OfflineError);
    await expect(plan).rejects.toBeInstanceOf(OfflineError);
  });
});
