/**
 * Lesson 2's headline in words: one-piece flow against the batches, and, until it wins on
 * all three, the measures that are still losing, each with both figures ("Lead time and WIP
 * win; scrap is still worse: 29 against 21."). A step that wins on lead time alone is not
 * called a success.
 */
import { msg, str } from '@lit/localize';
import { formatList } from '../../i18n/units.ts';
import { joinClauses, sentence } from '../../i18n/text.ts';
import type { KaizenFigures } from './figures.ts';
import type { Verdict } from './verdict.ts';

export type Measure = 'leadTime' | 'wip' | 'scrap';

const MEASURES: readonly Measure[] = ['leadTime', 'wip', 'scrap'];

/** The measures one-piece flow does not win yet, in the order lead time, WIP, scrap. */
export function losingMeasures(v: Verdict): Measure[] {
  return MEASURES.filter((m) => !v[m]);
}

export interface HeadlineInput {
  readonly verdict: Verdict;
  readonly flow: KaizenFigures;
  readonly batches: KaizenFigures;
  /** Steps taken so far (0: the line as the team runs it). */
  readonly steps: number;
  readonly transferBatch: number;
  /** Short time unit, e.g. "min". */
  readonly unit: string;
  readonly format: (x: number | null) => string;
}

/** The measure's name inside a sentence (lower case where the language has case). */
function measureName(m: Measure): string {
  return m === 'leadTime' ? msg('lead time', { id: 'kaizen.measure.lead-time' }) : m === 'wip' ? msg('WIP') : msg('scrap', { id: 'kaizen.measure.scrap' });
}

/** The first letter in upper case (a no-op for Chinese). */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stillLosing(m: Measure, flow: string, batches: string, unit: string): string {
  if (m === 'leadTime') return msg(str`lead time is still worse: ${flow} ${unit} against ${batches}`);
  if (m === 'wip') return msg(str`WIP is still higher: ${flow} against ${batches}`);
  return msg(str`scrap is still worse: ${flow} against ${batches}`);
}

export function kaizenHeadline(input: HeadlineInput): string {
  const { verdict, flow, batches, steps, transferBatch, unit, format } = input;
  const lead = format(flow.leadTime);
  const target = format(batches.leadTime);
  if (verdict.all) return msg(str`One-piece flow now beats the batches: ${lead} ${unit} of mean lead time against ${target}.`);
  if (steps === 0) return msg(str`They are right: one-piece flow, switched on as the line stands, keeps a part ${lead} ${unit} on average against ${target} with batches of ${transferBatch}.`);
  const value = (m: Measure, f: KaizenFigures) => format(m === 'leadTime' ? f.leadTime : m === 'wip' ? f.wip : f.scrapped);
  const losing = losingMeasures(verdict).map((m) => stillLosing(m, value(m, flow), value(m, batches), unit));
  const winning = MEASURES.filter((m) => verdict[m]).map(measureName);
  if (winning.length === 0) return sentence(msg(str`Not yet: ${joinClauses(losing)}`));
  const wins = capitalised(formatList(winning));
  const head = winning.length === 1 ? msg(str`${wins} wins`) : msg(str`${wins} win`);
  return sentence(joinClauses([head, ...losing]));
}
