import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// One config for the app build and for vitest. Browser tests drive the built app in Debian's
// Chromium one file at a time, with generous time-outs (tests never assert on timings).
export default defineConfig({
  plugins: [preact()],
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
        },
      },
    ],
  },
});
