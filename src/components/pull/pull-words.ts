/** Lesson 4's words for its two lines and its answers, in the page's language. */
import { msg, str } from '@lit/localize';
import type { PullChoice } from '../../lessons/pull/prediction.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { LineKey } from '../../lessons/batching/paired-run.ts';
import { pushPullRatios, type LineOutcome } from '../../lessons/pull/outcome.ts';
import { formatDecimal, formatPercent } from '../../i18n/format.ts';
import { formatDuration } from '../../i18n/units.ts';
import { littleCase } from '../../lessons/pull/littles-law.ts';
import type { TimeUnit } from '../../sim/line/types.ts';

export function choiceWord(c: PullChoice): string {
  switch (c) {
    case 'push':
      return msg('the pushed line');
    case 'pull':
      return msg('the pulled line');
    case 'same':
      return msg('about the same');
  }
}

/** What pulls on a line: its cap and its kanban squares, in words. */
export function pullRule(scenario: FlowLineScenario): string {
  const cap = scenario.release.wipCap;
  const squares = scenario.stations.filter((s) => s.buffer !== undefined).length;
  if (cap !== undefined && squares > 0) return msg(str`cap ${cap}, kanban`);
  if (cap !== undefined) return msg(str`cap ${cap}`);
  if (squares > 0) return msg('kanban');
  return msg('no cap');
}

/** The replay's two lines: pushed in the `batch` slot, pulled in the `flow` slot. */
export function pullLabels(scenario: FlowLineScenario): Record<LineKey, string> {
  const rule = pullRule(scenario);
  return { batch: msg('Pushed'), flow: msg(str`Pulled (${rule})`) };
}

/** The outcome as one sentence, or null when the pushed line delivered nothing. */
export function outcomeSentence(push: LineOutcome, pull: LineOutcome): string | null {
  const r = pushPullRatios(push, pull);
  if (!r) return null;
  const th = formatPercent(r.throughput);
  const wip = formatPercent(r.wip);
  if (r.flowTime === null) return msg(str`The pulled line delivered ${th} of the pushed line's throughput with ${wip} of its work in progress.`);
  const ft = formatPercent(r.flowTime);
  return msg(str`The pulled line delivered ${th} of the pushed line's throughput with ${wip} of its work in progress, and a unit got through in ${ft} of the time.`);
}

/**
 * "30 units in the line at 0.5 an hour means 60 hours to get through." An empty line (the
 * start of a run of arrivals) and a run without deliveries are said as such, never as a
 * division by zero or "0 hours"; null only for a figure that is not finite.
 */
export function littleSentence(wip: number, throughput: number, unit: TimeUnit): string | null {
  const c = littleCase(wip, throughput);
  if (!c) return null;
  if (c.kind === 'no-deliveries') return msg("No unit was delivered in this run, so Little's law has no rate to turn the units in the line into a time.");
  if (c.kind === 'empty') return msg('No unit is in the line at this moment: nothing is waiting, and there is no time to get through to read yet.');
  const r = c.reading;
  const units = formatDecimal(r.wip, 1);
  const rate = formatDecimal(r.throughput, 2);
  const time = formatDuration(r.flowTime, unit, 1);
  switch (unit) {
    case 'hour':
      return msg(str`${units} units in the line at ${rate} an hour means ${time} to get through.`);
    case 'minute':
      return msg(str`${units} units in the line at ${rate} a minute means ${time} to get through.`);
    case 'second':
      return msg(str`${units} units in the line at ${rate} a second means ${time} to get through.`);
  }
}
