/** The room's answers to one question in words: "13 of 20 expected the batch line to finish first". */
import { msg, str } from '@lit/localize';
import type { StepView } from '../../room/protocol.ts';
import { QUESTIONS, type QuestionId } from '../../room/questions.ts';
import { formatDuration } from '../../i18n/units.ts';
import { joinSentences } from '../../i18n/text.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { choiceWord } from './room-text.ts';

export interface AnswerRow {
  readonly choice: string;
  readonly count: number;
  readonly isOutcome: boolean;
}

/** One row per choice, in the question's order (choices nobody took count 0). */
export function answerRows(question: QuestionId, step: StepView): AnswerRow[] {
  return QUESTIONS[question].choices.map((choice) => ({ choice, count: step.distribution?.[choice] ?? 0, isOutcome: step.outcome?.choice === choice }));
}

/** The sentence under the chart. `total` counts everyone in the room, answered or not. */
export function answerSummary(question: QuestionId, step: StepView, total: number): string {
  const rows = answerRows(question, step);
  const answered = rows.reduce((s, r) => s + r.count, 0);
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  const parts: string[] = [];
  if (top && top.count > 0) {
    const n = top.count;
    const said = choiceWord(question, top.choice);
    parts.push(question === 'batching.first' ? msg(str`${n} of ${total} expected ${said} to deliver its first good unit first.`) : msg(str`${n} of ${total} expected ${said} to finish first.`));
  } else parts.push(msg(str`Nobody of ${total} answered.`));
  if (answered < total) {
    const missing = total - answered;
    parts.push(msg(str`${missing} did not answer.`));
  }
  const o = step.outcome;
  if (o) {
    const was = choiceWord(question, o.choice);
    const by = o.unit === 'second' || o.unit === 'minute' || o.unit === 'hour' ? formatDuration(o.by, o.unit as TimeUnit, 1) : String(o.by);
    parts.push(o.choice === 'same' ? msg(str`The engine: ${was}.`) : msg(str`The engine: ${was}, by ${by}.`));
  }
  return joinSentences(parts);
}
