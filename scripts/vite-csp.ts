/**
 * The Content-Security-Policy of the built site (issue 8, QUALITY S1–S3); docs/security.md
 * explains each directive.
 *
 * index.html carries the relaxed development policy (Vite's dev server injects styles and
 * its error overlay writes HTML, which Trusted Types would block). This plugin, for builds
 * only, swaps it for the strict policy, and after the build fails on any HTML file in the
 * output with an inline script, an `on*=` attribute or a `javascript:` URL (QUALITY S1).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The production policy, one directive per entry. */
export const PRODUCTION_CSP: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html default',
];

/**
 * The one exception the policy may need: Lit's `styleMap` writes its first render as a
 * `style` attribute, which `style-src 'self'` blocks. When the bundle includes it, the build
 * allows style attributes only (`style-src-attr 'unsafe-inline'`; `<style>` elements and
 * stylesheets stay 'self') and warns; src/app/csp-style-map.ts is the drop-in replacement
 * that needs no exception. Style attributes cannot run script.
 */
export const STYLE_ATTRIBUTE_EXCEPTION = "style-src-attr 'unsafe-inline'";

export const productionCsp = (options: { styleAttributes?: boolean } = {}): string =>
  (options.styleAttributes ? [...PRODUCTION_CSP, STYLE_ATTRIBUTE_EXCEPTION] : PRODUCTION_CSP).join('; ');

const LIT_STYLE_MAP = /[\\/]lit(-html)?[\\/](development[\\/])?directives[\\/]style-map\.js$/;

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/** Problems S1 forbids in one HTML file: inline scripts, event-handler attributes, javascript: URLs. */
export function inlineScriptProblems(htmlText: string): string[] {
  const problems: string[] = [];
  for (const m of htmlText.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    const body = (m[2] ?? '').trim();
    if (!/\ssrc\s*=/i.test(attrs)) problems.push(`inline <script${attrs}>`);
    else if (body) problems.push(`<script src> with a body: ${body.slice(0, 40)}`);
  }
  for (const m of htmlText.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) problems.push(`event-handler attribute ${m[1]}=`);
  if (/javascript:/i.test(htmlText)) problems.push('javascript: URL');
  if (!CSP_META.test(htmlText) && /<head\b/i.test(htmlText)) problems.push('no Content-Security-Policy meta tag');
  return problems;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

export function strictCsp(): Plugin {
  let config: ResolvedConfig;
  const styleMapImporters = new Set<string>();
  return {
    name: 'genba:strict-csp',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      styleMapImporters.clear();
    },
    buildEnd() {
      for (const id of this.getModuleIds()) {
        if (!LIT_STYLE_MAP.test(id)) continue;
        for (const importer of this.getModuleInfo(id)?.importers ?? []) styleMapImporters.add(relative(config.root, importer));
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(htmlText, ctx) {
        if (!CSP_META.test(htmlText)) throw new Error(`${ctx.filename}: no Content-Security-Policy meta tag to make strict`);
        const users = [...styleMapImporters].filter((f) => !f.startsWith('node_modules'));
        if (styleMapImporters.size > 0) {
          config.logger.warn(
            `CSP: Lit's styleMap is bundled (${users.join(', ') || 'from a dependency'}), so the policy allows style attributes ` +
              `(${STYLE_ATTRIBUTE_EXCEPTION}). Use cspStyleMap from src/app/csp-style-map.ts instead to drop the exception.`,
          );
        }
        return htmlText.replace(CSP_META, `$1${productionCsp({ styleAttributes: styleMapImporters.size > 0 })}$2`);
      },
    },
    closeBundle: {
      order: 'post',
      handler() {
        const dir = resolve(config.root, config.build.outDir);
        const problems = htmlFiles(dir).flatMap((file) =>
          inlineScriptProblems(readFileSync(file, 'utf8')).map((p) => `${relative(config.root, file)}: ${p}`),
        );
        if (problems.length > 0) throw new Error(`the built HTML breaks the CSP rules (QUALITY S1):\n${problems.join('\n')}`);
      },
    },
  };
}
