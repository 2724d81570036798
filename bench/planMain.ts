/**
 * The planner benchmark in Node, for a quick run without a browser: `npx tsx bench/planMain.ts`.
 * `npm run bench` runs the same `benchPlanner` in a module worker of Chromium (planner.ts).
 */
import { benchPlanner, printPlanner } from './plan.ts';

printPlanner(await benchPlanner(), `in Node ${process.version} (main thread)`);
