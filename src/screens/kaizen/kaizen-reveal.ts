/** What one step of lesson 2 did against what the trainee expected, in the page's language. */
import { msg, str } from '@lit/localize';
import { unitWords } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { improvementLabel } from '../../lessons/kaizen/improvements.ts';
import type { Expectation, KaizenEntry } from '../../lessons/kaizen/kaizen-log.ts';
import { fmt } from '../../components/kaizen/kaizen-format.ts';

/**
 * What one step did to one-piece flow's mean lead time against what the trainee expected:
 * "Press: make "fetch die" external (SMED): one-piece flow's mean lead time went from 96.2 to
 * 80.1 minutes. You expected it to go down by 10.0."
 */
export function revealText(entry: KaizenEntry, expected: Expectation, timeUnit: FlowLineScenario['timeUnit']): string {
  const description = improvementLabel(entry.improvement, timeUnit);
  const from = fmt(entry.before.leadTime);
  const to = fmt(entry.after.leadTime);
  const unit = unitWords(timeUnit).many;
  const by = fmt(expected.by);
  switch (expected.direction) {
    case 'same':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go nowhere.`);
    case 'down':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go down by ${by}.`);
    case 'up':
      return msg(str`${description}: one-piece flow's mean lead time went from ${from} to ${to} ${unit}. You expected it to go up by ${by}.`);
  }
}
