/**
 * Chinese text needs a Chinese font (issue 16): the page's font stack names the common
 * system fonts of each platform, and the test set-up installs Debian's WenQuanYi Zen Hei when
 * the machine has no Chinese font at all (`fc-list :lang=zh` empty).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('fonts for 简体中文', () => {
  it('the font stack names PingFang SC, Microsoft YaHei, Noto Sans CJK SC and WenQuanYi Zen Hei, before the generic family', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const stack = /font-family:([^;]+);/.exec(css)?.[1] ?? '';
    const names = ["'PingFang SC'", "'Microsoft YaHei'", "'Noto Sans CJK SC'", "'WenQuanYi Zen Hei'"];
    for (const name of names) expect(stack).toContain(name);
    expect(stack.trim().endsWith('sans-serif')).toBe(true);
  });

  it('npm test installs fonts-wqy-zenhei when fc-list finds no Chinese font', () => {
    const script = readFileSync('scripts/ensure-chromium.sh', 'utf8');
    expect(script).toMatch(/fc-list :lang=zh/);
    expect(script).toMatch(/apt_install fonts-wqy-zenhei/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['pretest']).toContain('scripts/ensure-chromium.sh');
    // Syntax only: running it would call apt.
    execFileSync('bash', ['-n', 'scripts/ensure-chromium.sh']);
  });
});
