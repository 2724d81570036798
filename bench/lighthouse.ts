/**
 * Lighthouse 12.2.3 (npm; v13 needs Node 22) on the signed-in household list, in Debian's
 * Chromium. officer01 signs in through the real UI on a phone-sized page of a profile folder of
 * its own (Playwright), so IndexedDB holds the session and the first pull and the service
 * worker has precached the app. Lighthouse then loads the list in a Chromium started afresh on
 * that same profile, with a remote debugging port, and never resets its storage. Two states:
 *
 * - daily start: the service worker in control, every file from its precache, as an officer
 *   opens the app each day;
 * - no cached app: the same signed-in profile with the service worker, Cache Storage and the
 *   HTTP cache cleared (IndexedDB kept), so every file comes over the network, as on the first
 *   open after sign-in or once the browser has evicted the app's caches.
 *
 * Lighthouse's defaults otherwise: mobile form factor and screen, simulated throttling.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PHONE } from '../test/support/chromium.ts';
import { waitForServiceWorkerControl } from '../test/support/pwaHelpers.ts';
import type { StationServer } from '../test/support/stationServer.ts';
import { signIn } from '../test/support/visitUi.ts';
import { printLighthouse } from './lighthouseReport.ts';
import { repeat } from './stats.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** Where Chromium writes the port it chose for `--remote-debugging-port=0`. */
const PORT_FILE = 'DevToolsActivePort';

/** Runs `task` on a page of the profile in `dir`, phone-sized, then closes the browser. */
async function onProfile(dir: string, task: (page: Page) => Promise<void>): Promise<void> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    ...PHONE,
  });
  try {
    await task(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
  }
}

/** Clears the app's service worker, Cache Storage and HTTP cache; IndexedDB stays. */
function dropCachedApp(dir: string, origin: string): Promise<void> {
  return onProfile(dir, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    });
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
  });
}

/** The port Chromium listens on, once it has written it. */
async function debuggingPort(dir: string, chrome: ChildProcess): Promise<number> {
  const file = join(dir, PORT_FILE);
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (chrome.exitCode !== null) throw new Error(`Chromium exited (${chrome.exitCode})`);
    // The file is written in one go, but read it only once it holds the port's line.
    const port = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0;
    if (port > 0) return port;
    await sleep(100);
  }
  throw new Error('Chromium never opened its debugging port');
}

/** One Lighthouse run on `url`, in a Chromium started on the profile in `dir`. */
async function lighthouseRun(dir: string, url: string): Promise<Result> {
  rmSync(join(dir, PORT_FILE), { force: true });
  const chrome = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${dir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  try {
    const port = await debuggingPort(dir, chrome);
    const result = await lighthouse(url, {
      port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // The session and the first pull in IndexedDB are what make this the household list.
      disableStorageReset: true,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
    await exited;
  }
}

/** Prints Lighthouse's scores for the household list, daily start and no cached app. */
export async function benchLighthouse(server: StationServer, rounds: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-lighthouse-'));
  const url = `${server.url}#/households`;
  try {
    await onProfile(dir, async (page) => {
      await signIn(page, server.url);
      await waitForServiceWorkerControl(page);
    });
    const daily = await repeat(rounds, () => lighthouseRun(dir, url));
    const uncached = await repeat(rounds, async () => {
      await dropCachedApp(dir, new URL(server.url).origin);
      return lighthouseRun(dir, url);
    });
    const state = (label: string, lhrs: Result[]) => ({
      label,
      // Lighthouse's own pick among several runs: the one nearest the median first paint and
      // time to interactive, so its figures belong together.
      lhr: computeMedianRun(lhrs),
      performance: lhrs.map((lhr) => lhr.categories.performance?.score ?? Number.NaN),
    });
    printLighthouse([state('daily start', daily), state('no cached app', uncached)], rounds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
