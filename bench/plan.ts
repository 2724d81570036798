/**
 * The day planner (src/shared/plan/): how long a 30-household day takes to plan, how close
 * small days come to the optimum of every order, and how much shorter a planned day is than
 * the officer's list order. Synthetic towns from test/shared/plan/network.ts; prints figures,
 * never passes or fails. Runs in Node now (`npx tsx bench/plan.ts`); `benchPlanner` needs
 * nothing of Node, so a worker can run it too.
 */
import { bruteForceDay } from '../src/shared/plan/bruteForce.ts';
import { planDay, planInOrder } from '../src/shared/plan/plan.ts';
import type { PlanRequest, PlanResult } from '../src/shared/plan/types.ts';
import { fullDay, randomDay } from '../test/shared/plan/network.ts';
import { median, ms, quantile } from './stats.ts';
import { printTable } from './table.ts';

/** How much to run; every field has a default. */
export interface PlannerBenchOptions {
  /** Timed runs of one 30-household day after the warm-up; the median is printed (default 15). */
  rounds?: number;
  /** Runs before those, letting the JIT settle; the first is printed as the cold figure (default 10). */
  warmup?: number;
  /** Days of 6–8 households compared with the brute-force optimum (default 50). */
  smallDays?: number;
  /** 30-household days compared with their list order (default 10). */
  fullDays?: number;
  /** The clock to time with (default `performance.now`, in Node and in workers alike). */
  clock?: () => number;
}

/** The printed figures, for a caller that wants them as data. */
export interface PlannerFigures {
  planMs: { first: number; median: number; p90: number };
  optimum: { mean: number; worst: number; atOptimum: number; sameLeftOut: number; days: number };
  listOrder: {
    /** Mean minutes saved, on the days both bring everyone home with boats until 23:00. */
    savedMinutes: number;
    comparable: number;
    /** Mean households left out per day with last boats at 19:00. */
    listLeftOut: number;
    planLeftOut: number;
  };
}

const length = (plan: PlanResult, request: PlanRequest) =>
  plan.endsAt === null ? Infinity : (plan.endsAt - request.now) / 60_000;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Times planning one 30-household day over four banks: cold, then `rounds` warm runs. */
function timePlanning(
  rounds: number,
  warmup: number,
  clock: () => number,
): PlannerFigures['planMs'] {
  const request = fullDay(1);
  const runs: number[] = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const started = clock();
    planDay(request);
    runs.push(clock() - started);
  }
  const warm = runs.slice(warmup);
  return { first: runs[0] ?? Number.NaN, median: median(warm), p90: quantile(warm, 0.9) };
}

/** The planner's day against the best over every order, on small random days. */
function againstOptimum(days: number): PlannerFigures['optimum'] {
  const ratios: number[] = [];
  let sameLeftOut = 0;
  for (let seed = 1; seed <= days; seed++) {
    const request = randomDay(10_000 + seed, 6, 8);
    const plan = planDay(request);
    const best = bruteForceDay(request);
    if (plan.leftOut.length === best.leftOut.length) sameLeftOut++;
    if (best.endsAt !== null && plan.leftOut.length === best.leftOut.length) {
      ratios.push(length(plan, request) / length(best, request));
    }
  }
  return {
    mean: mean(ratios),
    worst: Math.max(...ratios),
    atOptimum: ratios.filter((r) => r <= 1 + 1e-9).length,
    sameLeftOut,
    days,
  };
}

/**
 * The planned day against the list order on 30-household days: minutes saved with boats until
 * 23:00 (so the list order, too, brings everyone home and the two lengths compare), and the
 * households each leaves out with the usual last boats at 19:00.
 */
function againstListOrder(days: number): PlannerFigures['listOrder'] {
  const saved: number[] = [];
  let listLeftOut = 0;
  let planLeftOut = 0;
  for (let seed = 1; seed <= days; seed++) {
    const late = fullDay(100 + seed, { last: '23:00' });
    const plan = planDay(late);
    const listed = planInOrder(late);
    if (plan.leftOut.length === 0 && listed.leftOut.length === 0) {
      saved.push(length(listed, late) - length(plan, late));
    }
    const usual = fullDay(100 + seed);
    listLeftOut += planInOrder(usual).leftOut.length;
    planLeftOut += planDay(usual).leftOut.length;
  }
  return {
    savedMinutes: mean(saved),
    comparable: saved.length,
    listLeftOut: listLeftOut / days,
    planLeftOut: planLeftOut / days,
  };
}

/** Runs the planner benchmark and prints its table. */
export async function benchPlanner(options: PlannerBenchOptions = {}): Promise<PlannerFigures> {
  const { rounds = 15, warmup = 10, smallDays = 50, fullDays = 10 } = options;
  const clock = options.clock ?? (() => performance.now());
  const planMs = timePlanning(rounds, warmup, clock);
  await breathe();
  const optimum = againstOptimum(smallDays);
  await breathe();
  const listOrder = againstListOrder(fullDays);

  const { first, median: mid, p90 } = planMs;
  console.log('\nDay planner (synthetic river towns, 10-minute visits for 30 households)');
  printTable(
    ['figure', 'value'],
    [
      ['30 households, 4 banks: plan time, first run (cold JIT)', ms(first)],
      [`  … median of ${rounds} runs after ${warmup} more (p90)`, `${ms(mid)} (${ms(p90)})`],
      [`6–8 households, ${smallDays} days: day / optimum, mean`, `${optimum.mean.toFixed(3)}×`],
      ['  … worst', `${optimum.worst.toFixed(3)}×`],
      ['  … days at the optimum', `${optimum.atOptimum}/${optimum.days}`],
      ['  … days leaving out as few as the optimum', `${optimum.sameLeftOut}/${optimum.days}`],
      [
        `30 households listed bank by bank, ${fullDays} days: minutes saved vs list order, mean`,
        `${listOrder.savedMinutes.toFixed(0)} min (boats to 23:00; ${listOrder.comparable} days)`,
      ],
      [
        '  … households left out per day with last boats at 19:00, list order / planned',
        `${listOrder.listLeftOut.toFixed(1)} / ${listOrder.planLeftOut.toFixed(1)}`,
      ],
    ],
  );
  return { planMs, optimum, listOrder };
}

// Standalone: `npx tsx bench/plan.ts`. Node's url module only when run as main, so the module
// itself stays importable from a worker.
if (typeof process !== 'undefined' && process.argv?.[1]) {
  const { pathToFileURL } = await import('node:url');
  if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchPlanner();
}
