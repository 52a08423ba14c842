/**
 * `genba-launch-like-hindsight-chart`: hindsight, like with like. Two groups of two bars:
 * in good markets, what the first strategy (the pilot) never earned from customers it could
 * not serve, against what the second (the forecast) made extra there; in the other markets,
 * what the second lost (cash in cars nobody bought, their storage, and its fixed cost)
 * against what the first lost there. Margin never earned is hatched (no cash left the till),
 * money is solid. Each label sits in its own column left of the plot and each value beyond
 * its bar's far end, away from zero, so no text crosses the zero line.
 */
import { LitElement, html, nothing, svg, type SVGTemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { scaleLinear } from 'd3-scale';
import { formatMoney, formatWhole } from '../../lessons/launch/format.ts';
import type { LikeHindsight } from '../../lessons/launch/strategy-compare.ts';
import type { StrategyKey } from '../../lessons/launch/strategies.ts';
import { fillSwatch, launchChartStyles, launchPatterns, r3, renderDataTables, renderLegend, STRATEGY_STYLE } from './launch-chart-parts.ts';
import { INK } from './palette.ts';
import { joinSentences } from '../../i18n/text.ts';

const WIDTH = 640;
/** The label column, left of the plot. */
const LABEL_WIDTH = 250;
const PLOT_LEFT = LABEL_WIDTH + 16;
const PLOT_RIGHT = WIDTH - 16;
const ROW = 46;
const BAR = 22;
const GROUP_TITLE = 30;
/** Characters per label line (Latin; half as many CJK characters). */
const LABEL_CHARS = 26;
const PATTERN = 'like-hindsight';

export interface LikeHindsightNames {
  readonly first: string;
  readonly second: string;
  readonly good: string;
}

export interface LikeRow {
  readonly group: 'good' | 'other';
  readonly key: StrategyKey;
  readonly label: string;
  readonly value: number;
  /** Margin never earned (hatched) or money (solid). */
  readonly kind: 'opportunity' | 'money';
}

/** The bars, top to bottom. */
export function likeRows(h: LikeHindsight, n: LikeHindsightNames): LikeRow[] {
  const { first, second } = n;
  const rows: LikeRow[] = [];
  if (h.good) {
    rows.push(
      { group: 'good', key: 'pilot', label: msg(str`${first}: margin never earned (customers we could not serve)`), value: h.good.firstMissed, kind: 'opportunity' },
      { group: 'good', key: 'launch', label: msg(str`${second}: earned more than ${first}`), value: h.good.secondExtra, kind: 'money' },
    );
  }
  if (h.other) {
    rows.push(
      { group: 'other', key: 'launch', label: msg(str`${second}: lost on cars nobody bought, storage and fixed cost`), value: h.other.secondLost, kind: 'money' },
      { group: 'other', key: 'pilot', label: msg(str`${first}: lost on cars nobody bought, storage and fixed cost`), value: h.other.firstLost, kind: 'money' },
    );
  }
  return rows;
}

/** The chart's sentence. */
export function likeHindsightSummary(h: LikeHindsight, n: LikeHindsightNames): string {
  const { first, second, good } = n;
  const parts: string[] = [];
  if (h.good) {
    const missed = formatMoney(h.good.firstMissed);
    const extra = formatMoney(h.good.secondExtra);
    parts.push(msg(str`In a ${good} market ${first} never earned ${missed} of margin, and ${second} earned ${extra} more than ${first}.`));
  }
  if (h.other) {
    const lost = formatMoney(h.other.secondLost);
    const firstLost = formatMoney(h.other.firstLost);
    parts.push(msg(str`In the other markets ${second} lost ${lost} on cars nobody bought, their storage and its fixed cost; ${first} lost ${firstLost}.`));
  }
  return joinSentences(parts);
}

/** Lines of at most `max` characters (words kept whole; CJK text, which has no spaces, cut by characters). */
export function wrapLabel(text: string, max: number): string[] {
  const spaced = text.includes(' ');
  // A CJK character is about twice as wide as a Latin letter.
  if (!spaced) max = Math.max(1, Math.floor(max / 2));
  const words = spaced ? text.split(' ') : [...text];
  const joiner = spaced ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line}${joiner}${w}`;
    if (next.length > max && line !== '') {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

@customElement('genba-launch-like-hindsight-chart')
@localized()
export class GenbaLaunchLikeHindsightChart extends LitElement {
  static override styles = launchChartStyles;

  @property({ attribute: false }) hindsight: LikeHindsight | null = null;
  @property({ attribute: false }) names: LikeHindsightNames | null = null;

  override render() {
    const { hindsight: h, names } = this;
    if (h === null || names === null) return nothing;
    const rows = likeRows(h, names);
    if (rows.length === 0) return nothing;
    const values = rows.map((r) => r.value);
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    // Room beyond the longest bar for its value.
    const span = hi - lo || 1;
    const x = scaleLinear()
      .domain([lo < 0 ? lo - 0.3 * span : 0, hi > 0 ? hi + 0.3 * span : 0])
      .range([PLOT_LEFT, PLOT_RIGHT]);
    const groups = (['good', 'other'] as const).filter((g) => rows.some((r) => r.group === g));
    // A row is as tall as its label needs (two or three lines at 16 units), at least ROW.
    const rowHeight = (r: LikeRow) => Math.max(ROW, wrapLabel(r.label, LABEL_CHARS).length * 16 + 14);
    const height = groups.length * GROUP_TITLE + rows.reduce((sum, r) => sum + rowHeight(r), 0) + 12;
    const summary = msg(str`Hindsight, like with like. ${likeHindsightSummary(h, names)}`);
    let y = 0;
    const drawn: SVGTemplateResult[] = [];
    for (const g of groups) {
      const markets = formatWhole(g === 'good' ? h.goodMarkets : h.otherMarkets);
      const good = names.good;
      const title = g === 'good' ? msg(str`In a ${good} market (${markets} markets)`) : msg(str`In the other markets (${markets} markets)`);
      drawn.push(svg`<text class="panel-title group-title" x="4" y=${y + 20}>${title}</text>`);
      y += GROUP_TITLE;
      for (const r of rows.filter((row) => row.group === g)) {
        drawn.push(this.bar(r, x, y, rowHeight(r)));
        y += rowHeight(r);
      }
    }
    const zero = r3(x(0));
    return html`<figure>
      ${renderLegend([
        { label: msg('Margin never earned (no cash spent)'), swatch: fillSwatch(`url(#${PATTERN}-missed-ink)`, INK, '4 2') },
        { label: msg('Money'), swatch: fillSwatch(INK, INK) },
      ])}
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${summary}>
        ${launchPatterns(PATTERN)} ${drawn}
        <line class="zero" x1=${zero} x2=${zero} y1=${GROUP_TITLE - 6} y2=${height - 4} stroke=${INK} stroke-width="1.5"></line>
      </svg>
      <figcaption>${summary}</figcaption>
      ${renderDataTables([
        {
          caption: msg('Hindsight, like with like: mean money per market'),
          head: [msg('Markets'), msg('What'), msg('Money per market')],
          rows: rows.map((r) => [r.group === 'good' ? names.good : msg('the other markets'), r.label, formatMoney(r.value)]),
        },
      ])}
    </figure>`;
  }

  private bar(r: LikeRow, x: (v: number) => number, top: number, row: number): SVGTemplateResult {
    const style = STRATEGY_STYLE[r.key];
    const zero = x(0);
    const end = x(r.value);
    const left = Math.min(zero, end);
    const width = Math.abs(end - zero);
    const fill = r.kind === 'opportunity' ? `url(#${PATTERN}-missed-${r.key})` : style.colour;
    const lines = wrapLabel(r.label, LABEL_CHARS);
    const barTop = top + (row - BAR) / 2;
    // The value beyond the far end of the bar, on the side away from zero.
    const outward = r.value < 0;
    const valueX = r3(outward ? end - 6 : end + 6);
    return svg`<g class="row ${r.group} ${r.key}">
      <text class="bar-label" font-size="14" x=${LABEL_WIDTH} y=${r3(top + row / 2 - (lines.length - 1) * 8 + 5)} text-anchor="end">
        ${lines.map((l, i) => svg`<tspan x=${LABEL_WIDTH} dy=${i === 0 ? 0 : 16}>${l}</tspan>`)}
      </text>
      <rect class="bar" x=${r3(left)} y=${r3(barTop)} width=${r3(width)} height=${BAR} fill=${fill} stroke=${style.colour}
        stroke-width="1.5" stroke-dasharray=${r.kind === 'opportunity' ? '4 2' : nothing}></rect>
      <text class="value-label" x=${valueX} y=${r3(barTop + BAR / 2 + 5)} text-anchor=${outward ? 'end' : 'start'}>${formatMoney(r.value)}</text>
    </g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-like-hindsight-chart': GenbaLaunchLikeHindsightChart;
  }
}
