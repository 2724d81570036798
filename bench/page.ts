/** The benchmark page: its build, and typed calls into its `window.bench` from Node. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { BenchPage } from './pages/main.ts';

/** Where the built page lives; the station server serves it at /bench/. */
export const PAGE_DIR = resolve(import.meta.dirname, '../node_modules/.cache/ferrybeat-bench-page');

/** Builds bench/pages (the app's modules and PouchDB in one bundle) into PAGE_DIR. */
export async function buildBenchPage(): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'pages'),
    base: '/bench/',
    logLevel: 'warn',
    build: {
      outDir: PAGE_DIR,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2_000,
    },
  });
}

/** Calls one of the page's benchmark functions and returns its figures. */
export function inPage<K extends keyof BenchPage>(
  page: Page,
  name: K,
  ...args: Parameters<BenchPage[K]>
): Promise<Awaited<ReturnType<BenchPage[K]>>> {
  return page.evaluate(
    ([fn, list]) => {
      const bench = (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> })
        .bench;
      return bench[fn]?.(...list);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchPage[K]>>>;
}
