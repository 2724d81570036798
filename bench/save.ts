/**
 * Issue 3: saving a visit, tap to committed. The app's `recordVisit` beside one raw IndexedDB
 * transaction with strict durability putting one record of the same size.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/demo/accounts.ts';
import { inPage } from './page.ts';
import { median, ms, quantile, times } from './stats.ts';
import { printTable } from './table.ts';

/** Prints median and p95 of `calls` saves, the app's and the raw limit's, and their ratio. */
export async function benchSave(page: Page, calls: number): Promise<void> {
  const { ours, limit, recordChars } = await inPage(
    page,
    'saveVisits',
    'save',
    'officer01',
    DEMO_PASSWORD,
    calls,
  );
  console.log(
    `\nSaving a visit, tap to committed (${calls} saves; outcome, 2 residents, topics, ` +
      `200-char notes, GPS, no photo; record ${recordChars.toLocaleString('en')} chars as JSON)`,
  );
  const row = (what: string, samples: number[]) => [
    what,
    ms(median(samples)),
    ms(quantile(samples, 0.95)),
  ];
  printTable(
    ['', 'median', 'p95'],
    [
      row('FerryBeat recordVisit', ours),
      row('limit: raw IndexedDB put, strict', limit),
      [
        'ratio',
        times(median(ours) / median(limit)),
        times(quantile(ours, 0.95) / quantile(limit, 0.95)),
      ],
    ],
  );
  console.log('Target: median under 10 ms.');
}
