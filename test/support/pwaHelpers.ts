/**
 * Helpers for the service worker tests: a persistent (non-incognito) Chromium profile, waiting
 * for the worker to control a page, Chromium's installability verdict, and building a second
 * version of the app to update to.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Headless Chromium on a profile folder of its own. Install checks need it: an incognito
 * context (what `browser.newContext()` gives) always reports `in-incognito`.
 */
export function launchPersistentPhone(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ferrybeat-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

/** Waits until a service worker controls `page` (installed, precached, activated, claimed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

/** Chromium's verdict on installing the page, through the DevTools protocol. */
export async function installCheck(
  page: Page,
): Promise<{ installabilityErrors: unknown[]; manifestErrors: unknown[] }> {
  const session = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
    const { errors } = await session.send('Page.getAppManifest', {});
    return { installabilityErrors, manifestErrors: errors };
  } finally {
    await session.detach();
  }
}

/**
 * Fires the service worker's Background Sync event for `tag`, as Chromium does when the network
 * returns; `page` is any page of the origin.
 */
export async function dispatchSyncEvent(page: Page, tag: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const origin = new URL(page.url()).origin;
    const registered = new Promise<string>((resolve) => {
      session.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
        if (live) resolve(live.registrationId);
      });
    });
    await session.send('ServiceWorker.enable');
    const registrationId = await registered;
    await session.send('ServiceWorker.dispatchSyncEvent', {
      origin,
      registrationId,
      tag,
      lastChance: false,
    });
  } finally {
    await session.detach();
  }
}

/** Every URL in the page's Cache Storage. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Builds the app into a new temporary folder with the build id `buildId`; returns the folder. */
export async function buildAppVersion(buildId: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'ferrybeat-dist-'));
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    // Vitest sets NODE_ENV=test, which would make a development build without the service worker.
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', FERRYBEAT_BUILD_ID: buildId } },
  );
  return outDir;
}
