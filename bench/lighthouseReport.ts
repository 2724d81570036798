/**
 * Lighthouse's results for the household list as tables: the category scores and main metrics
 * beside issue 10's target, then the audits that fail, so the lead knows what to fix.
 */
import type { Result } from 'lighthouse';
import { printTable } from './table.ts';

/** Issue 10's target for each of the three category scores. */
const TARGET_SCORE = 95;
/** Lighthouse shows an audit as passed from this score up. */
const PASS = 0.9;

/** One state of the page and Lighthouse's (median) result for it. */
export interface LighthouseRun {
  label: string;
  lhr: Result;
  /** The performance score of every round, the median one's included. */
  performance: number[];
}

/** The main metrics: audit id, name, Lighthouse's "good" threshold on mobile, the observed twin. */
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint', 'good ≤ 1.8 s', 'FirstContentfulPaint'],
  [
    'largest-contentful-paint',
    'Largest Contentful Paint',
    'good ≤ 2.5 s',
    'LargestContentfulPaint',
  ],
  ['total-blocking-time', 'Total Blocking Time', 'good ≤ 200 ms', null],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', 'good ≤ 0.1', null],
] as const;

/** Lighthouse's throttling methods in words. */
const THROTTLING = {
  simulate: 'simulated throttling, Lantern',
  devtools: 'DevTools throttling, applied while loading',
  provided: 'no throttling',
} as const;

const seconds = (value: number): string => `${(value / 1000).toFixed(2)} s`;

/** What the page did here, unthrottled: the `metrics` audit's observed figures. */
function observed(lhr: Result, name: string): number | undefined {
  const details = lhr.audits.metrics?.details;
  if (details?.type !== 'debugdata') return undefined;
  const first: unknown = details.items?.[0];
  if (typeof first !== 'object' || first === null) return undefined;
  const value: unknown = (first as Record<string, unknown>)[`observed${name}`];
  return typeof value === 'number' ? value : undefined;
}

/** A metric's cell: Lantern's estimate, and what was observed when there is a twin. */
function metricCell(lhr: Result, id: string, twin: string | null): string {
  const audit = lhr.audits[id];
  if (audit?.numericValue === undefined) return '—';
  if (id === 'cumulative-layout-shift') return audit.numericValue.toFixed(3);
  if (id === 'total-blocking-time') return `${audit.numericValue.toFixed(0)} ms`;
  const seen = twin ? observed(lhr, twin) : undefined;
  const estimate = seconds(audit.numericValue);
  return seen === undefined ? estimate : `${estimate} (observed ${seconds(seen)})`;
}

/** A category's score out of 100 and its ratio to the target. */
function scoreCell(lhr: Result, category: string): string {
  const score = lhr.categories[category]?.score;
  if (score === null || score === undefined) return '—';
  const points = Math.round(score * 100);
  return `${points} (${(points / TARGET_SCORE).toFixed(2)}×)`;
}

/** The audits of `category` that fail in some run: title, id, figure, and where. */
function failing(runs: LighthouseRun[], category: string): string[] {
  const found = new Map<string, { title: string; values: string[]; where: string[] }>();
  for (const { label, lhr } of runs) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      // Metrics are in the table; hidden audits are not shown in Lighthouse's report either.
      if (ref.group === 'metrics' || ref.group === 'hidden') continue;
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= PASS) continue;
      const entry = found.get(ref.id) ?? { title: audit.title, values: [], where: [] };
      entry.values.push(audit.displayValue ?? `score ${audit.score}`);
      entry.where.push(label);
      found.set(ref.id, entry);
    }
  }
  return [...found].map(
    ([id, { title, values, where }]) =>
      `  - ${title} (${id}): ${[...new Set(values)].join(' / ')} [${where.join(', ')}]`,
  );
}

/** Audits Lighthouse could not run, with the shortest error (the cause, usually). */
function errored(runs: LighthouseRun[]): string | null {
  const ids = new Set<string>();
  let cause = '';
  for (const { lhr } of runs) {
    for (const audit of Object.values(lhr.audits)) {
      if (audit.scoreDisplayMode !== 'error') continue;
      ids.add(audit.id);
      const message = audit.errorMessage ?? '';
      if (!cause || message.length < cause.length) cause = message;
    }
  }
  return ids.size ? `${[...ids].join(', ')} (${cause})` : null;
}

/** The longest main-thread tasks of a run, as Lantern estimates them, with their script. */
function longestTasks(lhr: Result, count: number): string {
  const details = lhr.audits['long-tasks']?.details;
  if (details?.type !== 'table') return '—';
  return details.items
    .slice(0, count)
    .map((item) => {
      const path = typeof item.url === 'string' ? item.url.replace(/^https?:\/\/[^/]+/, '') : '';
      // Work no script is blamed for (style, layout, parsing) is charged to the document.
      const url = path === '/' || path.startsWith('/#') ? 'document' : path;
      const duration = typeof item.duration === 'number' ? item.duration : 0;
      const start = typeof item.startTime === 'number' ? item.startTime : 0;
      return `${duration.toFixed(0)} ms at ${seconds(start)} (${url || 'unattributed'})`;
    })
    .join(', ');
}

/** Prints the scores, metrics and failing audits of each run (the median of `rounds`). */
export function printLighthouse(runs: LighthouseRun[], rounds: number): void {
  const [first] = runs;
  if (!first) return;
  const { configSettings: settings, environment } = first.lhr;
  const { throttling, screenEmulation: screen } = settings;
  const browser = /Chrome\/(\d+)/.exec(environment.hostUserAgent)?.[1] ?? '?';
  console.log(
    `\nLighthouse ${first.lhr.lighthouseVersion}, signed-in household list (officer01), ` +
      `Chromium ${browser} headless; ${settings.formFactor} form factor, ` +
      `${screen.width}×${screen.height} at ${screen.deviceScaleFactor}×; ` +
      `${THROTTLING[settings.throttlingMethod]} (${throttling.rttMs} ms RTT, ` +
      `${(throttling.throughputKbps / 1024).toFixed(1)} Mbps, CPU ${throttling.cpuSlowdownMultiplier}× ` +
      `slower); median run of ${rounds} per state`,
  );
  const labels = runs.map((run) => run.label);
  printTable(
    ['', ...labels, 'target'],
    [
      ['performance', ...runs.map((run) => scoreCell(run.lhr, 'performance')), `${TARGET_SCORE}`],
      [
        '  every round',
        ...runs.map((run) => run.performance.map((score) => Math.round(score * 100)).join(' / ')),
        '',
      ],
      [
        'accessibility',
        ...runs.map((run) => scoreCell(run.lhr, 'accessibility')),
        `${TARGET_SCORE}`,
      ],
      [
        'best practices',
        ...runs.map((run) => scoreCell(run.lhr, 'best-practices')),
        `${TARGET_SCORE}`,
      ],
      ...METRICS.map(([id, name, good, twin]) => [
        name,
        ...runs.map((run) => metricCell(run.lhr, id, twin)),
        good,
      ]),
      [
        'total transfer',
        ...runs.map((run) => {
          const bytes = run.lhr.audits['total-byte-weight']?.numericValue ?? 0;
          return `${(bytes / 1000).toFixed(1)} kB`;
        }),
        '',
      ],
    ],
  );
  console.log(
    'Metrics are Lantern estimates of a mid-range phone on slow 4G, simulated from this ' +
      "machine's trace; observed is what happened here, unthrottled on loopback. " +
      `Lighthouse's CPU index: ${runs.map((run) => run.lhr.environment.benchmarkIndex.toFixed(0)).join(' / ')} ` +
      '(2 cores shared with other engineers: timings are noisy). Total transfer is what ' +
      "Chromium reports: the service worker's answers count their headers only, and so does " +
      "the device worker's script (Chromium gives no body size for a worker's own fetch).",
  );
  for (const run of runs) console.log(`Longest tasks, ${run.label}: ${longestTasks(run.lhr, 3)}`);
  console.log('Failing audits (score under 90; metrics in the table above):');
  for (const category of ['performance', 'accessibility', 'best-practices']) {
    const lines = failing(runs, category);
    console.log(`${category}:${lines.length ? '' : ' none'}`);
    for (const line of lines) console.log(line);
  }
  const broken = errored(runs);
  if (broken) console.log(`Not run (errors, no score): ${broken}`);
  for (const run of runs) {
    for (const warning of run.lhr.runWarnings) console.log(`Warning, ${run.label}: ${warning}`);
  }
}
