/**
 * The day planner's figures (src/shared/planner/), timed where the app runs it: in a module
 * worker of Chromium. The bench page starts a worker that runs bench/plan.ts's whole
 * benchmark (pages/planner.ts, pages/plannerWorker.ts); this side prints the table.
 */
import type { Page } from 'playwright-core';
import { inPage } from './page.ts';
import { printPlanner } from './plan.ts';

/** Runs the planner benchmark in the bench page's worker and prints its table. */
export async function benchPlannerInWorker(page: Page): Promise<void> {
  const { figures, userAgent, inWorker } = await inPage(page, 'planInWorker', {});
  if (!inWorker) throw new Error('the planner benchmark ran outside a worker');
  const chrome = /Chrome\/(\d+)/.exec(userAgent)?.[1] ?? '(version unknown)';
  printPlanner(figures, `in a dedicated module worker of Chromium ${chrome}`);
}
