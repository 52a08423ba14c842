/**
 * The data of `genba-waterfall-chart` (one figure before a sequence of kaizen steps and after
 * each of them) and its one-sentence text summary: start, end, the total change in percent,
 * the step that did most, and any step that went the other way.
 */
import { formatCount, formatPercent } from './format.ts';

export interface WaterfallPoint {
  readonly label: string;
  readonly value: number;
}

export type Better = 'lower' | 'higher';

/** One step with the value before it and its change. */
export interface WaterfallStep extends WaterfallPoint {
  readonly index: number;
  readonly from: number;
  /** value − from, without floating-point noise (74.1 − 36.1 is 38, not 38.00000000000001). */
  readonly change: number;
}

/** Rounded to 9 decimals: differences of decimal inputs print as the decimals they are. */
export function tidy(v: number): number {
  return Math.round(v * 1e9) / 1e9 + 0;
}

export function waterfallSteps(start: WaterfallPoint, steps: readonly WaterfallPoint[]): WaterfallStep[] {
  let from = start.value;
  return steps.map((s, index) => {
    const step = { label: s.label, value: s.value, index, from, change: tidy(s.value - from) };
    from = s.value;
    return step;
  });
}

/** Whether a change makes the figure worse, given which way is better (0 is neither). */
export function isWorse(change: number, better: Better): boolean {
  return better === 'lower' ? change > 0 : change < 0;
}

/** A value and its unit, e.g. "112 min", "41.5 units". */
export function formatValue(value: number, unit: string): string {
  const n = formatCount(tidy(value));
  return unit ? `${n} ${unit}` : n;
}

/** A signed change, e.g. "−38 min", "+4 min", "0 min", with a true minus sign. */
export function formatChange(change: number, unit = ''): string {
  const c = tidy(change);
  const n = formatCount(Math.abs(c));
  const signed = c > 0 ? `+${n}` : c < 0 ? `−${n}` : n;
  return unit ? `${signed} ${unit}` : signed;
}

/** The change from `start` to `end` as a signed whole percentage of `start`; '' when start is 0. */
export function formatRelativeChange(start: number, end: number): string {
  if (start === 0 || !Number.isFinite(start) || !Number.isFinite(end)) return '';
  const share = tidy(end - start) / Math.abs(start);
  const pct = formatPercent(Math.abs(share));
  return share > 0 ? `+${pct}` : share < 0 ? `−${pct}` : pct;
}

export interface WaterfallSummaryInput {
  readonly start: WaterfallPoint;
  readonly steps: readonly WaterfallPoint[];
  readonly metric: string;
  readonly unit: string;
  readonly better: Better;
}

/** The step with the largest change in size; the first on a tie. */
function largest(steps: readonly WaterfallStep[]): WaterfallStep | undefined {
  return steps.reduce<WaterfallStep | undefined>((best, s) => (best === undefined || Math.abs(s.change) > Math.abs(best.change) ? s : best), undefined);
}

/**
 * E.g. "Mean lead time fell from 112 min to 41 min (−63%); most came from 'Externalise die
 * change at Weld' (−38 min); 'Add a final check at Pack' made it worse (+3 min)."
 */
export function waterfallSummary({ start, steps, metric, unit, better }: WaterfallSummaryInput): string {
  const v = (x: number): string => formatValue(x, unit);
  const c = (x: number): string => formatChange(x, unit);
  const named = (s: WaterfallStep, what = ''): string => `'${s.label}'${what ? ` ${what}` : ''} (${c(s.change)})`;
  if (steps.length === 0) return `${metric} is ${v(start.value)} (${start.label}); no kaizen steps yet.`;
  const all = waterfallSteps(start, steps);
  const end = all.at(-1)?.value ?? start.value;
  const total = tidy(end - start.value);
  if (all.every((s) => s.change === 0)) {
    return `${metric} stayed at ${v(start.value)}; ${all.length === 1 ? 'the step did not change it' : `none of the ${all.length} steps changed it`}.`;
  }
  if (total === 0) {
    const top = largest(all) as WaterfallStep;
    return `${metric} ended where it started, at ${v(start.value)}; the largest step was ${named(top)}.`;
  }
  const pct = formatRelativeChange(start.value, end);
  const verdict = isWorse(total, better) ? 'worse' : '';
  const paren = [pct, verdict].filter(Boolean).join(', ');
  const head = `${metric} ${total < 0 ? 'fell' : 'rose'} from ${v(start.value)} to ${v(end)}${paren ? ` (${paren})` : ''}`;
  const along = all.filter((s) => Math.sign(s.change) === Math.sign(total));
  const against = all.filter((s) => Math.sign(s.change) === -Math.sign(total));
  const top = largest(along) as WaterfallStep;
  const parts = [head, along.length === 1 && against.length === 0 ? `all of it came from ${named(top)}` : `most came from ${named(top)}`];
  const counter = largest(against);
  if (counter) {
    const what = isWorse(counter.change, better) ? 'made it worse' : 'improved it';
    parts.push(against.length === 1 ? named(counter, what) : `${against.length} steps ${what}, most ${named(counter)}`);
  }
  return `${parts.join('; ')}.`;
}
