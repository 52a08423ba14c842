/**
 * The one-sentence text summary of `genba-station-timeline-chart`: for each lane, the share
 * of its time in each state (exact, whatever is merged for drawing), then the flags.
 */
import { msg, str } from '@lit/localize';
import { joinClauses, joinPhrases } from '../../i18n/text.ts';
import { formatPercent, formatTime, type TimeUnit } from './format.ts';
import { stateWord } from './palette.ts';
import { stateTotals, TIMELINE_STATES, type TimelineHighlight, type TimelineLane } from './timeline-data.ts';

/** Flags named in the summary; the rest are counted. */
const MAX_FLAGS_NAMED = 5;

export interface TimelineSummaryInput {
  readonly lanes: readonly TimelineLane[];
  readonly end: number;
  readonly timeUnit: TimeUnit;
  readonly highlights?: readonly TimelineHighlight[];
}

/**
 * E.g. "Share of time by state: Batch of 10: working 45%, setup 5%, handling 20%, waiting
 * (starved) 30%; One-piece flow: working 60%, handling 10%, waiting (starved) 30%; flags:
 * drift found at 12.0 min."
 */
export function stationTimelineSummary({ lanes, end, timeUnit, highlights = [] }: TimelineSummaryInput): string {
  if (lanes.length === 0) return msg('Share of time by state: no data.');
  const parts = lanes.map((lane) => {
    const { totals, total } = stateTotals(lane.intervals, end);
    const label = lane.label;
    if (total <= 0) return msg(str`${label}: no data`);
    const shares = TIMELINE_STATES.filter((s) => totals[s] > 0).map((s) => {
      const state = stateWord(s);
      const share = formatPercent(totals[s] / total);
      return msg(str`${state} ${share}`);
    });
    const all = joinPhrases(shares);
    return msg(str`${label}: ${all}`);
  });
  if (highlights.length > 0) {
    const sorted = [...highlights].sort((a, b) => a.t - b.t);
    const named = sorted.slice(0, MAX_FLAGS_NAMED).map((h) => {
      const flag = h.label;
      const at = formatTime(h.t, timeUnit);
      return msg(str`${flag} at ${at}`);
    });
    const more = sorted.length - named.length;
    const list = joinPhrases(named);
    parts.push(more > 0 ? msg(str`flags: ${list} and ${more} more`) : msg(str`flags: ${list}`));
  }
  const all = joinClauses(parts);
  return msg(str`Share of time by state: ${all}.`);
}
