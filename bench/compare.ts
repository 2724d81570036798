/** Prints PouchDB's batch-size sweep and the FerryBeat vs PouchDB table with its ratios. */

import type { Comparison } from './ferry.ts';
import { LINK_MS } from './link.ts';
import type { PouchRun } from './pouch.ts';
import { ms, times } from './stats.ts';
import { printTable } from './table.ts';

/** PouchDB's default `batch_size`. */
export const POUCH_DEFAULT_BATCH = 100;

const cell = (run: { ms: number; requests: number }) => `${ms(run.ms)} (${run.requests} req)`;

const fastest = (runs: PouchRun[]): PouchRun =>
  runs.reduce((best, run) => (run.ms < best.ms ? run : best));

/** Prints both tables for some comparisons made over the link. */
export function printComparisons(comparisons: Comparison[]): void {
  const sizes = comparisons[0]?.pouch.map((r) => r.batchSize) ?? [];
  console.log(`\nPouchDB 9 over the ${LINK_MS} ms link, by batch_size (fresh databases each run)`);
  printTable(
    ['batch_size', ...comparisons.map((c) => c.job)],
    sizes.map((size) => [
      `${size}`,
      ...comparisons.map((c) => {
        const run = c.pouch.find((r) => r.batchSize === size);
        return run ? cell(run) : '';
      }),
    ]),
  );

  console.log(`\nFerryBeat vs PouchDB 9 over a ${LINK_MS} ms link`);
  printTable(
    [
      '',
      'FerryBeat',
      `PouchDB default (${POUCH_DEFAULT_BATCH})`,
      'PouchDB best',
      'default ÷ FerryBeat',
      'best ÷ FerryBeat',
    ],
    comparisons.map(({ job, ours, pouch }) => {
      const atDefault = pouch.find((r) => r.batchSize === POUCH_DEFAULT_BATCH) ?? fastest(pouch);
      const best = fastest(pouch);
      return [
        job,
        cell(ours),
        cell(atDefault),
        `${cell(best)} at ${best.batchSize}`,
        times(atDefault.ms / ours.ms),
        times(best.ms / ours.ms),
      ];
    }),
  );
  console.log('Targets: FerryBeat ≥ 5× faster than PouchDB at default, ≥ 2× faster at its best.');
}
