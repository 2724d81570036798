/**
 * The day planner (src/shared/planner/): how long a 30-household day takes to plan, how close
 * small days come to the optimum of every order, and how much shorter a planned day is than
 * the officer's list order. Synthetic towns from test/support/riverTowns.ts; figures only,
 * never passes or fails. Needs nothing of Node nor of a page: `npm run bench` runs it in a
 * module worker of Chromium (pages/plannerWorker.ts), `npx tsx bench/planMain.ts` in Node.
 */
import { localClock } from '../src/shared/ferry/serviceDay.ts';
import { bruteForceDay } from '../src/shared/planner/bruteForce.ts';
import { planDay, planInOrder } from '../src/shared/planner/planDay.ts';
import type { PlanRequest, PlanResult } from '../src/shared/planner/types.ts';
import { fullDay, randomDay } from '../test/support/riverTowns.ts';
import { mean, median, ms, quantile } from './stats.ts';
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

/** The figures `printPlanner` prints: plain data, so they cross from a worker as they are. */
export interface PlannerFigures {
  /** The options the figures were taken with (defaults filled in). */
  settings: Required<Omit<PlannerBenchOptions, 'clock'>>;
  /** The town of the timed 30-household day. */
  town: TownFigures;
  planMs: { first: number; median: number; p90: number };
  optimum: {
    /** Day length over the optimum's, on the days both leave out as few and come home. */
    mean: number;
    worst: number;
    compared: number;
    atOptimum: number;
    sameLeftOut: number;
    days: number;
  };
  listOrder: {
    /** Mean minutes saved, on the days both bring everyone home with boats until 23:00. */
    savedMinutes: number;
    comparable: number;
    /** Mean households left out per day with last boats at 19:00. */
    listLeftOut: number;
    planLeftOut: number;
  };
}

/** What a synthetic town is made of, read back from a request's landings and boats. */
export interface TownFigures {
  banks: number;
  crossings: number;
  /** The fewest and most minutes between boats from one end of a crossing. */
  headwayMinutes: [number, number];
  firstBoat: string;
  lastBoat: string;
  crossingMinutes: number;
  households: number;
  visitMinutes: number;
  startsAt: string;
}

const length = (plan: PlanResult, request: PlanRequest) =>
  plan.endsAt === null ? Infinity : (plan.endsAt - request.now) / 60_000;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `HH:MM` of an epoch-ms time on the synthetic service day (the station's clock, +08:00). */
const clockTime = (time: number) => localClock(time, 'Asia/Shanghai');

/** The town and day of a request: banks, crossings, headways, first and last boats. */
function townOf(request: PlanRequest): TownFigures {
  const banks = new Set([request.start.bankId, ...request.landings.map((l) => l.bankId)]);
  const byEnd = new Map<string, number[]>();
  for (const c of request.connections) {
    const key = `${c.crossingId}/${c.from}`;
    byEnd.set(key, [...(byEnd.get(key) ?? []), c.departs]);
  }
  // The usual gap of each end: its first one (the clear last boat may come sooner).
  const headways = [...byEnd.values()].map((times) => {
    const [a = 0, b = 0] = [...times].sort((x, y) => x - y);
    return (b - a) / 60_000;
  });
  const departs = request.connections.map((c) => c.departs);
  const first = request.connections[0];
  return {
    banks: banks.size,
    crossings: new Set(request.connections.map((c) => c.crossingId)).size,
    headwayMinutes: [Math.min(...headways), Math.max(...headways)],
    firstBoat: clockTime(Math.min(...departs)),
    lastBoat: clockTime(Math.max(...departs)),
    crossingMinutes: first ? (first.arrives - first.departs) / 60_000 : 0,
    households: request.stops.length,
    visitMinutes: request.visitMinutes ?? 0,
    startsAt: clockTime(request.now),
  };
}

/**
 * Times planning one 30-household day over four banks: cold, then `rounds` warm runs. Returns
 * the day's request too, for its town's figures.
 */
function timePlanning(
  rounds: number,
  warmup: number,
  clock: () => number,
): { planMs: PlannerFigures['planMs']; request: PlanRequest } {
  const request = fullDay(1);
  const runs: number[] = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const started = clock();
    planDay(request);
    runs.push(clock() - started);
  }
  const warm = runs.slice(warmup);
  const planMs = { first: runs[0] ?? Number.NaN, median: median(warm), p90: quantile(warm, 0.9) };
  return { planMs, request };
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
    compared: ratios.length,
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

/** Runs the planner benchmark and returns its figures (nothing printed: see `printPlanner`). */
export async function benchPlanner(options: PlannerBenchOptions = {}): Promise<PlannerFigures> {
  const { rounds = 15, warmup = 10, smallDays = 50, fullDays = 10 } = options;
  const clock = options.clock ?? (() => performance.now());
  const { planMs, request } = timePlanning(rounds, warmup, clock);
  await breathe();
  const optimum = againstOptimum(smallDays);
  await breathe();
  const listOrder = againstListOrder(fullDays);
  const settings = { rounds, warmup, smallDays, fullDays };
  return { settings, town: townOf(request), planMs, optimum, listOrder };
}

/** The issue's budget for planning a 30-household day in the worker. */
const PLAN_TARGET_MS = 100;

/** Prints the planner's table; `where` says what ran it ("in Node 20.19.0", …). */
export function printPlanner(figures: PlannerFigures, where: string): void {
  const { settings, town, planMs, optimum, listOrder } = figures;
  const { rounds, warmup, smallDays, fullDays } = settings;
  const [fewest, most] = town.headwayMinutes;
  console.log(`\nDay planner ${where}: synthetic river towns`);
  console.log(
    `Town of the timed day: ${town.banks} banks side by side, ${town.crossings} ferry crossings ` +
      `(${town.crossings / Math.max(1, town.banks - 1)} per river), boats every ` +
      `${fewest === most ? fewest : `${fewest}–${most}`} min from each end from ${town.firstBoat}, ` +
      `last boats at ${town.lastBoat}, ${town.crossingMinutes} min across.`,
  );
  console.log(
    `Its day: ${town.households} households listed bank by bank, ${town.visitMinutes}-minute ` +
      `visits, from the station at ${town.startsAt} and back. Other days draw their own ferries.`,
  );
  printTable(
    ['figure', 'value', 'target'],
    [
      [
        `${town.households} households, ${town.banks} banks: first plan (cold JIT)`,
        ms(planMs.first),
        '',
      ],
      [
        `  … median of ${rounds} plans after ${warmup} more (p90)`,
        `${ms(planMs.median)} (${ms(planMs.p90)})`,
        `under ${PLAN_TARGET_MS} ms (${(planMs.median / PLAN_TARGET_MS).toFixed(2)}×)`,
      ],
      [
        `6–8 households, 3–4 banks, ${smallDays} days: day length / brute-force optimum, mean`,
        `${optimum.mean.toFixed(3)}× (${optimum.compared} days)`,
        '',
      ],
      ['  … worst', `${optimum.worst.toFixed(3)}×`, ''],
      ['  … days at the optimum', `${optimum.atOptimum}/${optimum.days}`, ''],
      ['  … days leaving out as few as the optimum', `${optimum.sameLeftOut}/${optimum.days}`, ''],
      [
        `${town.households} households listed bank by bank, ${fullDays} days: minutes saved vs list order, mean`,
        `${listOrder.savedMinutes.toFixed(0)} min (boats to 23:00; ${listOrder.comparable} days)`,
        '',
      ],
      [
        '  … households left out per day with last boats at 19:00, list order / planned',
        `${listOrder.listLeftOut.toFixed(1)} / ${listOrder.planLeftOut.toFixed(1)}`,
        '',
      ],
    ],
  );
  console.log(
    'Day length: from setting off to home. Ratios only on days where the planner leaves out as ' +
      'few households as the optimum; minutes saved only on days both orders visit everyone.',
  );
}
