import { type Browser, type BrowserContext } from 'playwright-core';
export declare const CHROMIUM_PATH = '/usr/bin/chromium';
export declare const CHROMIUM_ARGS: string[];
/** True when browser tests can run here; throws in CI when Chromium is missing. */
export declare function chromiumAvailable(): boolean;
/** Launches headless Chromium with the flags above. */
export declare function launchChromium(): Promise<Browser>;
/** A fresh context sized like the phones the officers carry (360×740). */
export declare function phoneContext(browser: Browser): Promise<BrowserContext>;
