/**
 * A dependency-free Vite plugin that makes the built app work offline (issue 8, QUALITY W10–W11).
 *
 * When the build has written its output folder, it lists every file in it (the entry and the
 * lazily loaded screens, the worker chunks, CSS, index.html, the favicon, scenarios/*.json and
 * their index), hashes their paths and contents into the cache name, and writes `sw.js`:
 *   install  → cache.addAll(every file), and no skipWaiting: a new version waits for the user;
 *   activate → delete this copy's older caches (keeping the one before, for tabs still on it),
 *              then clients.claim() so the first visit is controlled at once;
 *   fetch    → cache-first for same-origin GETs, `match(…, { ignoreSearch, ignoreVary })`,
 *              navigations that miss the cache get index.html; misses go to the network;
 *   message  → { type: 'SKIP_WAITING' } from the page, sent only when the user asks to reload.
 * Paths are relative to sw.js, so the folder runs from any static server, at any sub-folder.
 * Source maps and Vite's .vite/ folder are not precached (only devtools read them).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const SW_FILE = 'sw.js';
/** Precache budget (QUALITY W10: the precache manifest stays under 2 MB). */
export const PRECACHE_BUDGET_BYTES = 2 * 1024 * 1024;

export interface PrecacheEntry {
  readonly path: string;
  readonly bytes: number;
}

/** Files under `dir` that the service worker precaches, as '/'-separated paths relative to it, sorted. */
export function listPrecacheFiles(dir: string): PrecacheEntry[] {
  const out: PrecacheEntry[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      const rel = relative(dir, full).split(sep).join('/');
      if (statSync(full).isDirectory()) {
        if (name !== '.vite') walk(full);
      } else if (!rel.endsWith('.map') && rel !== SW_FILE) {
        out.push({ path: rel, bytes: statSync(full).size });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The cache version: a hash of every precached path and its bytes. */
export function precacheVersion(dir: string, files: readonly PrecacheEntry[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f.path).update('\0').update(readFileSync(join(dir, f.path))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The text of sw.js for these files (paths relative to sw.js) and version. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `/* Genba's service worker, written by scripts/vite-precache-sw.ts at build time. Do not edit. */
'use strict';
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(files, null, 1)};
// One Genba copy per scope: copies served from different folders of one origin keep their own caches.
const PREFIX = 'genba-precache ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.location.href).href;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the user chooses to reload (QUALITY W11).
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((file) => new Request(new URL(file, self.location.href).href, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Keep this version and the one before it (a tab still running the old version may
      // load a screen later); delete older ones.
      const mine = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      await Promise.all(mine.slice(0, -1).map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function fromCaches(request) {
  const options = { ignoreSearch: true, ignoreVary: true };
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, options);
  if (hit) return hit;
  // A tab still on the previous version asks for its own (older) chunks.
  for (const key of await caches.keys()) {
    if (key.startsWith(PREFIX) && key !== CACHE) {
      const old = await (await caches.open(key)).match(request, options);
      if (old) return old;
    }
  }
  if (request.mode === 'navigate') {
    const index = await cache.match(INDEX, options);
    if (index) return index;
  }
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromCaches(request));
});
`;
}

/** Writes sw.js into `dir` and returns what it precaches. */
export function writeServiceWorker(dir: string): { files: PrecacheEntry[]; version: string; bytes: number } {
  const files = listPrecacheFiles(dir);
  const version = precacheVersion(dir, files);
  writeFileSync(join(dir, SW_FILE), serviceWorkerSource(files.map((f) => f.path), version));
  return { files, version, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

export function precacheServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'genba:precache-sw',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const dir = resolve(config.root, config.build.outDir);
        const { files, version, bytes } = writeServiceWorker(dir);
        if (bytes > PRECACHE_BUDGET_BYTES) {
          const over = `precache is ${bytes} bytes, over the ${PRECACHE_BUDGET_BYTES}-byte budget (QUALITY W10)`;
          // The budget is the shipped build's; an unminified build (for profiling) only hears of it.
          if (config.build.minify === false) config.logger.warn(`${over}; this build is not minified, the budget applies to the production build`);
          else throw new Error(over);
        }
        config.logger.info(`${SW_FILE}: ${files.length} files precached, ${(bytes / 1024).toFixed(1)} KiB, version ${version}`);
      },
    },
  };
}
