/**
 * The data of `genba-waterfall-chart` (one figure before a sequence of kaizen steps and after
 * each of them) and its one-sentence text summary: start, end, the total change in percent,
 * the step that did most, and any step that went the other way.
 */
import { msg, str } from '@lit/localize';
import { joinClauses, sentence } from '../../i18n/text.ts';
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
  const named = (s: WaterfallStep): string => {
    const step = s.label;
    const change = c(s.change);
    return msg(str`'${step}' (${change})`);
  };
  const from = v(start.value);
  if (steps.length === 0) {
    const startLabel = start.label;
    return msg(str`${metric} is ${from} (${startLabel}); no kaizen steps yet.`);
  }
  const all = waterfallSteps(start, steps);
  const end = all.at(-1)?.value ?? start.value;
  const total = tidy(end - start.value);
  if (all.every((s) => s.change === 0)) {
    const count = all.length;
    return all.length === 1
      ? msg(str`${metric} stayed at ${from}; the step did not change it.`)
      : msg(str`${metric} stayed at ${from}; none of the ${count} steps changed it.`);
  }
  if (total === 0) {
    const top = named(largest(all) as WaterfallStep);
    return msg(str`${metric} ended where it started, at ${from}; the largest step was ${top}.`);
  }
  const pct = formatRelativeChange(start.value, end);
  const worse = isWorse(total, better);
  const to = v(end);
  const moved = total < 0 ? msg(str`${metric} fell from ${from} to ${to}`) : msg(str`${metric} rose from ${from} to ${to}`);
  const head = pct && worse ? msg(str`${moved} (${pct}, worse)`) : pct ? msg(str`${moved} (${pct})`) : worse ? msg(str`${moved} (worse)`) : moved;
  const along = all.filter((s) => Math.sign(s.change) === Math.sign(total));
  const against = all.filter((s) => Math.sign(s.change) === -Math.sign(total));
  const top = named(largest(along) as WaterfallStep);
  const parts = [head, along.length === 1 && against.length === 0 ? msg(str`all of it came from ${top}`) : msg(str`most came from ${top}`)];
  const counter = largest(against);
  if (counter) {
    const made = isWorse(counter.change, better);
    const step = counter.label;
    const change = c(counter.change);
    const count = against.length;
    const most = named(counter);
    if (against.length === 1) {
      parts.push(made ? msg(str`'${step}' made it worse (${change})`) : msg(str`'${step}' improved it (${change})`));
    } else {
      parts.push(made ? msg(str`${count} steps made it worse, most ${most}`) : msg(str`${count} steps improved it, most ${most}`));
    }
  }
  return sentence(joinClauses(parts));
}
