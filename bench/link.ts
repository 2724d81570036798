/**
 * A ferry-side mobile link: Chromium's network emulation (DevTools protocol) adds a fixed
 * latency to every request of the bench page, with unthrottled bandwidth.
 * https://chromedevtools.github.io/devtools-protocol/tot/Network/#method-emulateNetworkConditions
 */
import type { Page } from 'playwright-core';
import { inPage } from './page.ts';
import { median, ms, repeat } from './stats.ts';

/** The latency the emulated link adds to every request. */
export const LINK_MS = 150;

/** Runs a task over the emulated link, then returns the page to loopback. */
export type OverLink = <T>(task: () => Promise<T>) => Promise<T>;

/** Median round trip of a small request (GET /api/health), in ms. */
async function healthRoundTrip(page: Page, samples = 7): Promise<number> {
  return median(await repeat(samples, () => inPage(page, 'fetchHealth')));
}

/** Takes over the page's network emulation and prints what the link really adds. */
export async function emulatedLink(page: Page): Promise<OverLink> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const setLatency = (latency: number) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  const overLink: OverLink = async (task) => {
    await setLatency(LINK_MS);
    try {
      return await task();
    } finally {
      await setLatency(0);
    }
  };
  const plain = await healthRoundTrip(page);
  const slow = await overLink(() => healthRoundTrip(page));
  console.log(
    `\nEmulated link (Chromium DevTools protocol, ${LINK_MS} ms latency, bandwidth unthrottled): ` +
      `GET /api/health takes ${ms(plain)} without, ${ms(slow)} with it ` +
      `(+${(slow - plain).toFixed(0)} ms per request).`,
  );
  console.log(
    "Chromium's latency is a minimum from request sent to response headers: server work " +
      `shorter than ${LINK_MS} ms is hidden in it (compare "in requests" below with loopback).`,
  );
  return overLink;
}
