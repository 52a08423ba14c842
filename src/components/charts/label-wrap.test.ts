import { estimateTextWidth } from './chart-parts.ts';
import { describe, expect, it } from 'vitest';
import { charsPerLine, wrapLabel } from './label-wrap.ts';

describe('wrapLabel', () => {
  // 14 px text is estimated at 8.4 units a character: 100 units hold 11 characters.
  it('fits 11 characters of 14 px text in 100 units', () => {
    expect(charsPerLine(100)).toBe(11);
    expect(charsPerLine(1)).toBe(2);
  });

  it('wraps words greedily', () => {
    expect(wrapLabel('Externalise die change at Weld', 100, 3)).toEqual({
      lines: ['Externalise', 'die change', 'at Weld'],
      truncated: false,
    });
    expect(wrapLabel('Cut', 100, 3)).toEqual({ lines: ['Cut'], truncated: false });
  });

  it('splits a word longer than a line with a hyphen, and joins its rest to the next word', () => {
    // 60 units → 7 characters.
    expect(wrapLabel('Kanban-supermarket at Pack', 60, 5).lines).toEqual(['Kanban-', 'superm-', 'arket', 'at Pack']);
  });

  it('cuts what does not fit with an ellipsis', () => {
    expect(wrapLabel('Move the paint booth next to the welding cell', 100, 2)).toEqual({
      lines: ['Move the', 'paint boot…'],
      truncated: true,
    });
    expect(wrapLabel('  ', 100, 2)).toEqual({ lines: [''], truncated: false });
  });

  it('keeps closing punctuation off a line start by pushing the last character down, within the width (避头)', () => {
    // 6 wide characters fit in 86 units; "取夹具（换型" fills the line, so "型" goes down with "）".
    expect(wrapLabel('取夹具（换型）', 86, 2).lines).toEqual(['取夹具（换', '型）']);
    for (const width of [40, 60, 86, 100]) {
      for (const line of wrapLabel('从库房取模具（换型）', width, 6).lines) {
        expect(line, `${width}: ${line}`).not.toMatch(/^[）。，]/u);
        expect(estimateTextWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(Math.max(width, estimateTextWidth('型）')));
      }
    }
  });

  it('never ends a line with an opening bracket or quote (避尾)', () => {
    expect(wrapLabel('swap die（换型）', 70, 3).lines).toEqual(['swap die', '（换型）']);
    for (const width of [40, 60, 80, 100]) {
      for (const line of wrapLabel('将“fetch die”改为外部换型（快速换模）', width, 6).lines) expect(line, `${width}: ${line}`).not.toMatch(/[（“]$/u);
    }
  });
});
