/**
 * The planner benchmark's worker: a dedicated module worker, as the app's device worker is
 * (src/worker/index.ts), running bench/plan.ts's `benchPlanner` so every plan is timed on a
 * worker thread with that thread's clock. Exposes one object through Comlink and exports only
 * its type (the page's side is planner.ts).
 */
import * as Comlink from 'comlink';
import { benchPlanner, type PlannerBenchOptions, type PlannerFigures } from '../plan.ts';

const plannerWorker = {
  /** The planner's figures, and the browser they were taken in. */
  async run(
    options: Omit<PlannerBenchOptions, 'clock'>,
  ): Promise<{ figures: PlannerFigures; userAgent: string; inWorker: boolean }> {
    const figures = await benchPlanner(options);
    // A worker has no document: proof the figures come from off the main thread.
    return { figures, userAgent: navigator.userAgent, inWorker: !('document' in globalThis) };
  },
};

/** The worker's API as the page sees it through Comlink. */
export type PlannerWorker = typeof plannerWorker;

Comlink.expose(plannerWorker);
