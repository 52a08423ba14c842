/**
 * Long labels in a narrow space (a band axis, a bar segment): words (and Chinese
 * characters, which wrap between any two) wrapped greedily onto a few lines of at most `maxWidth` viewBox units, measured with {@link estimateTextWidth} so
 * a render never depends on layout. A word wider than a line is split with a hyphen; what
 * does not fit in `maxLines` is cut with an ellipsis and reported as `truncated`.
 */
import { select } from 'd3-selection';
import { estimateTextWidth, isWideChar } from './chart-parts.ts';

export interface WrappedLabel {
  readonly lines: readonly string[];
  /** Some of the text did not fit and was cut with "…". */
  readonly truncated: boolean;
}

/** How many characters fit in `maxWidth` at `fontSize` (at least 2, room for "x-"). */
export function charsPerLine(maxWidth: number, fontSize = 14): number {
  return Math.max(2, Math.floor(maxWidth / estimateTextWidth('x', fontSize)));
}

/** Width of a text in narrow characters: a Chinese character counts as 1/0.6 of one. */
function widthInChars(text: string): number {
  let n = 0;
  for (const ch of text) n += isWideChar(ch) ? 5 / 3 : 1;
  return n;
}

/** The longest start of `text` at most `max` narrow characters wide. */
function sliceToWidth(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (widthInChars(out + ch) > max + 1e-9) break;
    out += ch;
  }
  return out;
}

/** Punctuation that never starts a line (避头): it stays with the text before it. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)]$/u;

/** Opening brackets and quotes that never end a line (避尾): they stay with the text after them. */
const NO_LINE_END = /^[（《「『【“‘]$/u;

/** Words to wrap: runs of non-space text, and each Chinese character on its own (Chinese wraps between characters). */
function tokensOf(text: string): { readonly text: string; readonly spaceBefore: boolean }[] {
  const tokens: { text: string; spaceBefore: boolean }[] = [];
  let space = false;
  for (const m of text.trim().matchAll(/\s+|[^\s]/gu)) {
    const ch = m[0];
    if (/^\s/u.test(ch)) {
      space = true;
      continue;
    }
    const last = tokens.at(-1);
    if (last && !space && NO_LINE_END.test(last.text.slice(-1))) last.text += ch;
    else if (last && !space && !isWideChar(ch) && !isWideChar(last.text.slice(-1)) && !NO_LINE_START.test(ch)) last.text += ch;
    else tokens.push({ text: ch, spaceBefore: space });
    space = false;
  }
  return tokens;
}

export function wrapLabel(text: string, maxWidth: number, maxLines: number, fontSize = 14): WrappedLabel {
  const max = charsPerLine(maxWidth, fontSize);
  const lines: string[] = [];
  let current = '';
  for (const token of tokensOf(text)) {
    let rest = token.text;
    for (;;) {
      const candidate = current ? `${current}${token.spaceBefore ? ' ' : ''}${rest}` : rest;
      if (widthInChars(candidate) <= max + 1e-9) {
        current = candidate;
        break;
      }
      if (current && NO_LINE_START.test(rest)) {
        // 避头 by pushing out: the line's last Chinese character goes down with the punctuation
        // (and an opening bracket before it, 避尾), so the line keeps its width; otherwise the
        // punctuation stays, past the width.
        const chars = [...current];
        let keep = chars.length - 1;
        while (keep > 0 && NO_LINE_END.test(chars[keep - 1] as string)) keep--;
        if (keep > 0 && isWideChar(chars[chars.length - 1] as string)) {
          lines.push(chars.slice(0, keep).join(''));
          current = `${chars.slice(keep).join('')}${rest}`;
        } else current = candidate;
        break;
      }
      if (current) {
        lines.push(current);
        current = '';
        continue;
      }
      // Break after a hyphen of the word's own if one fits, else add one.
      const own = rest.lastIndexOf('-', max - 1);
      const cut = own > 0 ? own + 1 : max - 1;
      lines.push(own > 0 ? rest.slice(0, cut) : `${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
  }
  if (current) lines.push(current);
  if (lines.length === 0) return { lines: [''], truncated: false };
  const lineCount = Math.max(1, maxLines);
  if (lines.length <= lineCount) return { lines, truncated: false };
  const kept = lines.slice(0, lineCount);
  const last = sliceToWidth(kept[lineCount - 1] ?? '', max - 1).replace(/[-\s]+$/, '');
  kept[lineCount - 1] = `${last}…`;
  return { lines: kept, truncated: true };
}

/**
 * Rewrites the tick labels d3-axis drew in `axisGroup` as one `<tspan>` per line (as text,
 * never markup); a label that had to be cut gets a `<title>` with the whole of it. Call
 * after every axis draw: d3-axis resets the labels' text.
 */
export function wrapTickLabels(axisGroup: Element, wrap: (tick: string) => WrappedLabel, full: (tick: string) => string): void {
  select(axisGroup)
    .selectAll<SVGTextElement, string>('.tick text')
    .each(function (tick) {
      const text = select(this);
      const { lines, truncated } = wrap(tick);
      text.text(null);
      lines.forEach((line, i) => {
        text
          .append('tspan')
          .attr('x', 0)
          .attr('dy', i === 0 ? null : '1.2em')
          .text(line);
      });
      if (truncated) text.append('title').text(full(tick));
    });
}
