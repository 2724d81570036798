import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Which build this is: `FERRYBEAT_BUILD_ID` (CI, tests), else the commit, else `local`. */
function buildId(): string {
  if (process.env.FERRYBEAT_BUILD_ID) return process.env.FERRYBEAT_BUILD_ID;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'local';
  }
}

// One config for the app build and for vitest. Browser tests drive the built app in Debian's
// Chromium one file at a time, with generous time-outs (tests never assert on timings).
export default defineConfig({
  plugins: [
    preact(),
    // The service worker (sw/sw.ts → dist/sw.js, scope /) and the web app manifest. The page
    // registers the worker itself (src/client/pwa/register.ts), so nothing is injected.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      // A classic script, not a module worker: module service workers are newer than some of
      // the officers' phones (https://caniuse.com/mdn-api_serviceworker_ecmascript_modules).
      injectManifest: {
        rollupFormat: 'iife',
        // The app shell, every chunk (the lazily loaded API client too) and the styles; source
        // maps stay on the server. The manifest and its icons are added by the plugin.
        globPatterns: ['**/*.{html,js,css}'],
      },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: '摆渡警务 FerryBeat',
        short_name: '摆渡警务',
        description: '社区民警入户走访助手，没有信号也能用',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#17365d',
        background_color: '#f4f6f9',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  define: {
    // Shown small in the app, so an officer can tell the station which version the phone runs.
    'import.meta.env.APP_VERSION': JSON.stringify(`${pkg.version}+${buildId()}`),
  },
  // `npm run dev` serves the app with hot reload; the API comes from `npm run serve`.
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits for a state as long as Playwright's own waits do (30 s), not
          // Vitest's 1 s: how soon a state settles depends on the machine, not on the app.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
