/**
 * Builds only: `<link rel="modulepreload">` in index.html for the screen the shell opens first
 * (lesson 1, loaded on demand) and its static imports. Without them the browser learns of
 * those chunks only once the entry has run and asked for the screen: one more round trip
 * and the entry's run time before the first lesson can paint (Lighthouse: LCP, "network
 * dependency tree"). Vite already preloads the entry's own static imports; this adds the
 * first screen's. Other screens still load only when opened (they share most of these chunks).
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
}

export function preloadFirstScreen(source: string): Plugin {
  let base = './';
  return {
    name: 'genba-preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base === '' ? './' : config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter((c): c is typeof c & ChunkLike => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const screen = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
        if (!screen) throw new Error(`preloadFirstScreen: no chunk for ${source}`);
        // What the entry already loads (and Vite already preloads) needs no second hint.
        const entry = chunks.find((c) => c.isEntry);
        const already = new Set<string>();
        const collect = (file: string, into: Set<string>) => {
          if (into.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) collect(dep, into);
        };
        if (entry) collect(entry.fileName, already);
        const wanted = new Set<string>();
        collect(screen.fileName, wanted);
        return [...wanted]
          .filter((file) => !already.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
