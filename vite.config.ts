import { defineConfig } from 'vitest/config';
import { precacheServiceWorker } from './scripts/vite-precache-sw.ts';
import { strictCsp } from './scripts/vite-csp.ts';
import { preloadFirstScreen } from './scripts/vite-preload-first-screen.ts';

export default defineConfig({
  // Relative URLs: the built folder runs from any static server, at any sub-folder.
  base: './',
  // Builds only: the strict CSP in index.html (S1–S3), then sw.js precaching the output (W10).
  // preloadFirstScreen: lesson 1's chunks are fetched with the entry, not after it (LCP).
  plugins: [strictCsp(), preloadFirstScreen('src/screens/flow/genba-flow-screen.ts'), precacheServiceWorker()],
  // The manifest lets bench/initial-js.ts follow what the first screen loads.
  // No module-preload polyfill: every browser the app supports preloads modules itself, and
  // the polyfill's scan of the page is main-thread work on the first screen.
  build: { target: 'es2022', sourcemap: true, manifest: true, modulePreload: { polyfill: false } },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // `npm start` runs the room service beside Vite (scripts/start.mjs); the page reaches it
  // through this proxy on its own origin (HTTP and the room's WebSocket under /api).
  server: { proxy: { '/api': { target: process.env.GENBA_ROOM_SERVICE ?? 'http://127.0.0.1:8787', ws: true } } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          exclude: ['src/**/*.dom.test.ts'],
        },
      },
      {
        // Lit components and charts rendered in happy-dom (no layout): SVG snapshots, events, ARIA.
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['src/**/*.dom.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
