/**
 * Initial JavaScript of the first screen, gzipped (issue 8: at most 150 KB; lessons load on
 * demand). Reads a production build (dist/, or the folder in GENBA_DIST) and its Vite
 * manifest (.vite/manifest.json, `build.manifest: true`): the entry module index.html loads,
 * its static imports, transitively, and the screen the shell opens first (lesson 1, the
 * default route) with its static imports: what runs before lesson 1 is on screen. Then what
 * lesson 1 loads straight after its first paint (the components below its two lines, its
 * dynamic imports, with theirs): the budget is held by both together, everything the first
 * screen loads. (The parameter editor, the Monte Carlo runner and its workers load when
 * asked for: listed in ON_DEMAND, not counted.) Each file is gzipped at level 9 (node:zlib) and the sizes summed. Worker
 * chunks run off the main thread and are not counted; the one lesson 1 starts as it opens
 * (the lesson worker, which runs its two lines) is listed apart, the others load when a run
 * starts.
 *
 *   npx tsx bench/initial-js.ts            (after `npx vite build`)
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget: 150 KB (150,000 bytes) of gzipped JavaScript for the first screen. */
export const INITIAL_JS_BUDGET_BYTES = 150_000;
/** The screen the shell loads for the default route (src/app/routes.ts: 'batching'). */
export const FIRST_SCREEN_SOURCE = 'src/screens/flow/genba-flow-screen.ts';
/**
 * Lesson 1's dynamic imports that load only when the user asks (not after its first paint),
 * from the screen or from one of its lower sections, with when: by source file, or by chunk
 * name for a chunk that is not a module of its own.
 */
export const ON_DEMAND: Readonly<Record<string, string>> = {
  'src/components/flow-params/genba-flow-params.ts': 'when the parameters section is first opened',
  'run-scenario': 'when many runs or the sweep are asked for (the Monte Carlo runner)',
  'src/app/browser-workers.ts': 'when many runs or the sweep are asked for (the Monte Carlo workers)',
  'src/components/flow-lesson/genba-setup-options.ts': 'only for a line with long setups (the three options run the core on the page)',
  share: 'only when the address holds a link (the link codec and its inflate tables)',
};

/**
 * What the shell loads on every screen once the page is first idle (src/app/after-paint.ts
 * `whenIdle`): after lesson 1 has opened, but still loaded by its first screen, so counted.
 */
export const WHEN_IDLE: Readonly<Record<string, string>> = {
  'src/components/room/genba-room-start.ts': "the header's \"Start a room\" and the room's client, once the page is first idle",
};

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly name?: string;
  readonly css?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface FirstScreenFile {
  readonly file: string;
  readonly why: string;
  /** Loaded after lesson 1's first paint (its lower sections), not before it. */
  readonly afterPaint: boolean;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function builtFolder(dir = process.env.GENBA_DIST ?? 'dist'): string {
  return isAbsolute(dir) ? dir : resolve(ROOT, dir);
}

/**
 * The JavaScript files the first screen loads, in load order, with why each is there: first
 * those it needs to paint, then (afterPaint) those its lower sections load once it has.
 */
export function firstScreenJs(dir = builtFolder()): { file: string; why: string; afterPaint: boolean }[] {
  const manifestPath = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with \`npx vite build\` (build.manifest: true)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
  if (!entryKey) throw new Error('the manifest has no index.html entry');
  if (!manifest[entryKey]?.dynamicImports?.includes(FIRST_SCREEN_SOURCE)) {
    throw new Error(`the entry does not load ${FIRST_SCREEN_SOURCE} on demand: update FIRST_SCREEN_SOURCE in bench/initial-js.ts`);
  }
  const out: { file: string; why: string; afterPaint: boolean }[] = [];
  const seen = new Set<string>();
  const visit = (key: string, why: string, afterPaint: boolean): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    out.push({ file: chunk.file, why, afterPaint });
    for (const dep of chunk.imports ?? []) visit(dep, `imported by ${chunk.file}`, afterPaint);
  };
  visit(entryKey, 'entry (index.html)', false);
  visit(FIRST_SCREEN_SOURCE, 'first screen (lesson 1), loaded on demand', false);
  const screen = manifest[FIRST_SCREEN_SOURCE];
  const onDemand = (key: string): string => manifest[key]?.src ?? manifest[key]?.name ?? key;
  const lowerSections = (screen?.dynamicImports ?? []).filter((lower) => !(onDemand(lower) in ON_DEMAND));
  for (const lower of lowerSections) visit(lower, `lesson 1's lower sections, after its first paint`, true);
  for (const [source, why] of Object.entries(WHEN_IDLE)) {
    if (!manifest[entryKey]?.dynamicImports?.includes(source)) throw new Error(`the entry no longer loads ${source} when idle: update WHEN_IDLE in bench/initial-js.ts`);
    visit(source, why, true);
  }
  // On demand: imported by the screen or by one of its lower sections (the results load the long-setup options).
  const loadedOnDemand = new Set([...(screen?.dynamicImports ?? []), ...lowerSections.flatMap((lower) => manifest[lower]?.dynamicImports ?? [])].map(onDemand));
  for (const key of Object.keys(ON_DEMAND)) {
    if (!loadedOnDemand.has(key)) throw new Error(`lesson 1 no longer loads ${key} on demand: update ON_DEMAND in bench/initial-js.ts`);
  }
  return out;
}

/** The workers the first screen starts as it opens (src/app/lesson-worker.ts), by their file's name. */
const FIRST_SCREEN_WORKERS = /^assets\/lesson\.worker-[\w-]+\.js$/;

/** The worker scripts lesson 1 starts as it opens (off the main thread: not in the budget). */
export function firstScreenWorkers(dir = builtFolder()): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest & Record<string, { assets?: string[] }>;
  const loaded = new Set(firstScreenJs(dir).map((f) => f.file));
  const workers = Object.values(manifest)
    .filter((chunk) => loaded.has(chunk.file))
    .flatMap((chunk) => (chunk as { assets?: string[] }).assets ?? [])
    .filter((file) => FIRST_SCREEN_WORKERS.test(file));
  if (workers.length === 0) throw new Error('lesson 1 starts no lesson worker: update FIRST_SCREEN_WORKERS in bench/initial-js.ts');
  return [...new Set(workers)];
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export async function benchInitialJs(): Promise<{ markdown: string; firstScreenGzipBytes: number }> {
  const dir = builtFolder();
  const files: FirstScreenFile[] = firstScreenJs(dir).map(({ file, why, afterPaint }) => {
    const bytes = readFileSync(join(dir, file));
    return { file, why, afterPaint, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const raw = files.reduce((sum, f) => sum + f.bytes, 0);
  const beforePaint = files.filter((f) => !f.afterPaint).reduce((sum, f) => sum + f.gzipBytes, 0);
  const verdict = total <= INITIAL_JS_BUDGET_BYTES ? 'within' : '**over**';
  const workers = firstScreenWorkers(dir).map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const markdown = `## Initial JavaScript of the first screen

What index.html loads for lesson 1: the entry module, its static imports, and the lesson-1
screen the shell loads on demand with its static imports, which is all that runs before
lesson 1 is on screen; then, straight after its first paint, the components of its lower
sections (results, charts, sharing: its dynamic imports; the parameter editor, and the
Monte Carlo runner with its workers, load only when asked for); and once the page is first
idle, what the shell loads on every screen (the header's "Start a room" with the room's
client). From the Vite manifest
of the production build; each file gzipped at level 9. Other screens and the simulation
workers load only when opened or run. Budget: ${kb(INITIAL_JS_BUDGET_BYTES)} gzipped, for everything together.

| file | why it loads | raw | gzip |
|---|---|---|---|
${files.map((f) => `| \`${f.file}\` | ${f.why} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`).join('\n')}
| **before the first paint** | | | ${kb(beforePaint)} |
| **total** | | ${kb(raw)} | **${kb(total)}** (${verdict} the ${kb(INITIAL_JS_BUDGET_BYTES)} budget, ${((100 * total) / INITIAL_JS_BUDGET_BYTES).toFixed(0)}%) |

Started as lesson 1 opens, off the main thread (not in the budget): ${workers.map((w) => `\`${w.file}\` (the lesson worker: both lines' runs and replay material), ${kb(w.bytes)}, ${kb(w.gzipBytes)} gzipped`).join('; ')}.
`;
  return { markdown, firstScreenGzipBytes: total };
}

if (process.argv[1]?.endsWith('initial-js.ts')) {
  const { markdown, firstScreenGzipBytes } = await benchInitialJs();
  console.log(markdown);
  if (firstScreenGzipBytes > INITIAL_JS_BUDGET_BYTES) process.exitCode = 1;
}
