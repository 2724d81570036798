/**
 * The day planner's benchmark, run in a module worker started for it and stopped after: the
 * page only waits, so the timings are the worker thread's alone (see plannerWorker.ts).
 */
import * as Comlink from 'comlink';
import type { PlannerBenchOptions } from '../plan.ts';
import type { PlannerWorker } from './plannerWorker.ts';

/** Starts the planner worker, runs the whole benchmark in it, and stops it. */
export async function planInWorker(options: Omit<PlannerBenchOptions, 'clock'>) {
  const worker = new Worker(new URL('./plannerWorker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<PlannerWorker>(worker);
  // Comlink would wait forever for a worker whose script failed to load or threw.
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener(
      'error',
      (event) => reject(new Error(`planner worker failed: ${event.message || 'no script'}`)),
      { once: true },
    );
  });
  try {
    return await Promise.race([remote.run(options), died]);
  } finally {
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}
