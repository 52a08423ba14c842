/**
 * Ready for a room with bad wifi (issue 8; QUALITY W10, W11, S2, S3), on the production build:
 *  - the first visit precaches every file (lesson chunks, workers, presets), and after it
 *    the app works with the network off and the server gone: lesson 1, lesson 3, and the
 *    engine check running presets in Web Workers;
 *  - the strict CSP (Trusted Types included) sees no violation in that session, and the app
 *    asks no other origin for anything;
 *  - Trusted Types blocks HTML strings, foreign worker URLs and unlisted policies;
 *  - the first screen loads exactly the JavaScript bench/initial-js.ts counts;
 *  - a new version waits: served from a sub-folder of a plain static server, the page is not
 *    reloaded, a notice appears, and only its button reloads into the new version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, screenshotPath, serveBuiltApp, watchErrors, type Browser } from './browser.ts';
import { listPrecacheFiles, writeServiceWorker } from '../../scripts/vite-precache-sw.ts';
import { firstScreenJs, firstScreenWorkers } from '../../bench/initial-js.ts';
import { parseScenarioText } from '../../src/scenario/index.ts';
import { runScenarioSync } from '../../src/sim/run-scenario.ts';

const DIST = resolve(process.env.GENBA_DIST ?? 'dist');

/** Records CSP violations from the first script on, in every document of the context. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' | ' + e.blockedURI + ' | ' + e.sample + ' | ' + e.sourceFile + ':' + e.lineNumber);
  });
`;
const violations = (page: Page): Promise<string[]> => page.evaluate('window.__cspViolations ?? []') as Promise<string[]>;

async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}

/** Every URL in every cache of this origin. */
const cachedUrls = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    }
    return urls;
  });

function nodeResult(file: string): string {
  const parsed = parseScenarioText(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return JSON.stringify(runScenarioSync(parsed.scenario), null, 2);
}

async function runPreset(page: Page, file: string): Promise<string> {
  await page.evaluate(() => (location.hash = '#/engine'));
  await page.locator('genba-scenario-runner select').selectOption(file);
  await page.locator('genba-scenario-runner #run').click();
  await page.locator('genba-scenario-runner #status').filter({ hasText: 'Done' }).waitFor({ timeout: 60_000 });
  return (await page.locator('genba-scenario-runner #result-json').textContent()) ?? '';
}

const sameOrigin = (origin: string) => (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;

describe('offline, CSP and network (W10, S2)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let url: string;
  let page: Page;
  let errors: string[];
  const requests: string[] = [];
  const pageScripts: string[] = [];

  beforeAll(async () => {
    server = await serveBuiltApp();
    url = server.url;
    browser = await launch();
    browser.context.on('request', (r) => requests.push(r.url()));
    await browser.context.addInitScript(RECORD_VIOLATIONS);
    page = await browser.context.newPage();
    errors = watchErrors(page);
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) pageScripts.push(new URL(r.url()).pathname.replace(/^\//, ''));
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on lesson 1 loading exactly the JavaScript the initial-js bench counts', async () => {
    await page.goto(url);
    await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
    // What the shell loads once the page is idle (bench/initial-js.ts WHEN_IDLE) is counted too.
    await page.locator('genba-room-start #start-room').waitFor();
    await page.waitForLoadState('networkidle');
    const counted = [...firstScreenJs(DIST).map((f) => f.file), ...firstScreenWorkers(DIST)];
    expect(new Set(pageScripts.filter((f) => f !== 'sw.js'))).toEqual(new Set(counted));
  });

  it('precaches every file on the first visit, and announces no update', async () => {
    await waitForController(page);
    const expected = listPrecacheFiles(DIST).map((f) => new URL(f.path, url).href);
    const cached = await cachedUrls(page);
    expect(new Set(cached)).toEqual(new Set(expected));
    // The lessons, the workers and the presets are all there.
    for (const part of ['genba-flow-screen-', 'genba-launch-screen-', 'genba-scenario-runner-', 'mc.worker-', 'scenarios/index.json', 'scenarios/penny-game-batch-5.json']) {
      expect(cached.some((u) => u.includes(part)), part).toBe(true);
    }
    expect(cached.some((u) => u.endsWith('.map'))).toBe(false);
    expect(await page.locator('genba-update-notice .notice').count()).toBe(0);
  });

  it('works with the network off and the server gone', async () => {
    await browser.context.setOffline(true);
    await server?.close();
    server = undefined;
    await page.reload();
    await expect.poll(() => page.locator('genba-app .brand').textContent()).toBe('Genba');
    // Lesson 1: both lines drawn, from the cached preset.
    await page.evaluate(() => (location.hash = '#/batching'));
    await page.locator('genba-flow-screen genba-line-view#line-flow canvas').waitFor();
    await page.locator('genba-flow-screen genba-line-view#line-batch canvas').waitFor();
    // Lesson 3: the launch screen loads.
    await page.evaluate(() => (location.hash = '#/launch'));
    await page.locator('genba-launch-screen h1').waitFor();
    await page.screenshot({ path: screenshotPath('offline-launch'), fullPage: true });
    // The engine check: a DES preset and a 10,000-replication Monte Carlo, in Web Workers.
    expect(await runPreset(page, 'penny-game-batch-5.json')).toBe(nodeResult('penny-game-batch-5.json'));
    expect(await runPreset(page, 'launch-seed-case.json')).toBe(nodeResult('launch-seed-case.json'));
    await page.screenshot({ path: screenshotPath('offline-engine'), fullPage: true });
  });

  it('broke no CSP rule, logged no error, and asked no other origin for anything', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain('trusted-types lit-html default');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.replace("style-src-attr 'unsafe-inline'", '')).not.toContain('unsafe-inline');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(url).origin;
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((u) => !sameOrigin(origin)(u))).toEqual([]);
  });

  it('Trusted Types blocks HTML strings, string eval, foreign worker URLs and unlisted policies (S3)', async () => {
    // Its own page: online, or from the service worker's cache once the server is gone.
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('genba-app .brand').waitFor();
    // A timer runs the attempts as an ordinary task: code run directly by the devtools
    // protocol's evaluate is exempt from the eval check.
    const outcome = await page.evaluate(() => new Promise((done) => setTimeout(() => {
      const attempt = (f: () => unknown): string => {
        try {
          f();
          return 'allowed';
        } catch (e) {
          return (e as Error).name;
        }
      };
      const tt = (globalThis as unknown as { trustedTypes: { createPolicy(n: string, o: object): unknown } }).trustedTypes;
      const result = {
        innerHTML: attempt(() => (document.createElement('div').innerHTML = '<b>x</b>')),
        eval: attempt(() => (0, eval)('1 + 1')),
        newFunction: attempt(() => new Function('return 1')),
        foreignWorker: attempt(() => new Worker('https://evil.example/x.js', { type: 'module' })),
        dataWorker: attempt(() => new Worker('data:text/javascript,postMessage(1)')),
        unlistedPolicy: attempt(() => tt.createPolicy('evil', {})),
      };
      done(result);
    })));
    expect(outcome).toEqual({ innerHTML: 'TypeError', eval: 'EvalError', newFunction: 'EvalError', foreignWorker: 'TypeError', dataWorker: 'TypeError', unlistedPolicy: 'TypeError' });
    // The page reported these, and nothing else (string eval fails the Trusted Types check first).
    const kinds = (await violations(page)).map((v) => v.split(' | ')[0]);
    expect(new Set(kinds)).toEqual(new Set(['require-trusted-types-for', 'trusted-types']));
    await page.close();
  });
});

/** A plain static file server (no SPA fallback), serving `root` under a sub-folder. */
function staticServer(prefix: string): Promise<{ url: string; setRoot(dir: string): void; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.map': 'application/json',
  };
  let root = DIST;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) || 'index.html' : null;
    const file = rel === null ? '' : join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (rel === null || !file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}${prefix}`,
        setRoot: (dir) => (root = resolve(dir)),
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    }),
  );
}

describe('a new version waits for the user (W11), from a sub-folder of a static server', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof staticServer>>;
  let v2: string;
  const tmp = mkdtempSync(join(tmpdir(), 'genba-v2-'));

  beforeAll(async () => {
    // Version 2: the same build with a changed index.html, and its own sw.js.
    v2 = join(tmp, 'dist');
    cpSync(DIST, v2, { recursive: true });
    const index = join(v2, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    <meta name="genba-build" content="v2" />'));
    writeServiceWorker(v2);
    server = await staticServer('/workshop/genba/');
    browser = await launch();
    context = browser.context;
    await context.addInitScript(RECORD_VIOLATIONS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('announces the update, keeps the old version running, and reloads only on the button', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const version = () => page.evaluate(() => document.querySelector('meta[name="genba-build"]')?.getAttribute('content') ?? 'v1');

    await page.goto(`${server.url}#/engine`);
    await waitForController(page);
    expect(await version()).toBe('v1');
    expect(await page.locator('genba-update-notice .notice').count()).toBe(0);

    // The server now has version 2. A reload still opens version 1, from the cache; the
    // browser finds the new service worker, which installs and waits.
    server.setRoot(v2);
    await page.reload();
    await page.locator('genba-update-notice #reload').waitFor({ timeout: 30_000 });
    expect(await version()).toBe('v1');
    await expect.poll(() => page.locator('genba-update-notice [role="status"]').textContent()).toContain('A new version of Genba is ready.');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');

    // Nothing reloads on its own, and version 1 keeps working meanwhile.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    expect(JSON.parse(await runPreset(page, 'penny-game-batch-5.json')).makespan).toBe(35);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    await page.screenshot({ path: screenshotPath('update-notice'), fullPage: true });

    // The user's consent: state may be saved first, then one reload into version 2.
    await page.evaluate(() => window.addEventListener('genba:before-update', () => sessionStorage.setItem('saved-before-update', 'yes')));
    await Promise.all([page.waitForEvent('load'), page.locator('genba-update-notice #reload').click()]);
    await expect.poll(version).toBe('v2');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    expect(await page.evaluate(() => sessionStorage.getItem('saved-before-update'))).toBe('yes');
    await page.locator('genba-app .brand').waitFor();
    expect(await page.locator('genba-update-notice .notice').count()).toBe(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
