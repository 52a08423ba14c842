/** The production CSP and the S1 build gate (scripts/vite-csp.ts); docs/security.md explains them. */
import { describe, expect, it } from 'vitest';
import { inlineScriptProblems, productionCsp } from '../../scripts/vite-csp.ts';

describe('the production Content-Security-Policy', () => {
  it('allows scripts, workers and connections from the site only, with Trusted Types', () => {
    const csp = productionCsp();
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html default',
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-(inline|eval|hashes)|\*|https?:/);
  });

  it("adds only the style-attribute exception when Lit's styleMap is bundled", () => {
    const relaxed = productionCsp({ styleAttributes: true }).split('; ');
    expect(relaxed.filter((d) => !productionCsp().split('; ').includes(d))).toEqual(["style-src-attr 'unsafe-inline'"]);
  });
});

describe('the S1 build gate', () => {
  const head = `<head><meta http-equiv="Content-Security-Policy" content="${productionCsp()}" /></head>`;

  it('passes the built page shape', () => {
    expect(inlineScriptProblems(`${head}<script type="module" crossorigin src="./assets/index-x.js"></script>`)).toEqual([]);
  });

  it('fails inline scripts, event-handler attributes, javascript: URLs and a missing policy', () => {
    expect(inlineScriptProblems(`${head}<script>alert(1)</script>`)).toHaveLength(1);
    expect(inlineScriptProblems(`${head}<img src="x.png" onerror="alert(1)">`)).toEqual(['event-handler attribute onerror=']);
    expect(inlineScriptProblems(`${head}<a href="javascript:alert(1)">x</a>`)).toEqual(['javascript: URL']);
    expect(inlineScriptProblems('<head></head>')).toEqual(['no Content-Security-Policy meta tag']);
  });
});
