/** The room's answers to one question in words: "13 of 20 expected the batch line to finish first". */
import { msg, str } from '@lit/localize';
import { isRightAnswer, type Outcome, type StepView } from '../../room/protocol.ts';
import { QUESTIONS, type QuestionId } from '../../room/questions.ts';
import { formatDuration, perHourWord } from '../../i18n/units.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { joinSentences } from '../../i18n/text.ts';
import { formatMoney } from '../../lessons/launch/format.ts';
import type { TimeUnit } from '../../sim/line/types.ts';
import { choiceWord } from './room-text.ts';

export interface AnswerRow {
  readonly choice: string;
  readonly count: number;
  readonly isOutcome: boolean;
}

/** One row per choice, in the question's order (choices nobody took count 0); `isOutcome` marks every choice graded right. */
export function answerRows(question: QuestionId, step: StepView): AnswerRow[] {
  return QUESTIONS[question].choices.map((choice) => ({ choice, count: step.distribution?.[choice] ?? 0, isOutcome: step.outcome !== undefined && isRightAnswer(step.outcome, choice) }));
}

/** "13 of 20 expected the batch line to finish first." */
function expected(question: QuestionId, n: number, total: number, choice: string): string {
  const said = choiceWord(question, choice);
  if (choice === 'same' && !question.startsWith('batching.') && !question.startsWith('kaizen.')) return msg(str`${n} of ${total} expected about the same.`);
  switch (question) {
    case 'batching.first':
      return msg(str`${n} of ${total} expected ${said} to deliver its first good unit first.`);
    case 'batching.finish':
      return msg(str`${n} of ${total} expected ${said} to finish first.`);
    case 'kaizen.first-fix':
      return msg(str`${n} of ${total} expected ${said} to cut the lead time most.`);
    case 'kaizen.flow-wins':
      return msg(str`${n} of ${total} expected ${said} to have the shorter lead time.`);
    case 'launch.earns-more':
      return msg(str`${n} of ${total} expected ${said} to earn more on average.`);
    case 'launch.loses-more':
      return msg(str`${n} of ${total} expected ${said} to lose money more often.`);
    case 'pull.delivers-more':
      return msg(str`${n} of ${total} expected ${said} to deliver more.`);
    case 'pull.less-wip':
      return msg(str`${n} of ${total} expected ${said} to hold less work in progress.`);
  }
}

/** The engine's difference in its unit: "87.5 minutes", "203,550", "12.3 percentage points", "0.02 units/h", "35.1 units". */
export function outcomeAmount(o: Outcome): string {
  switch (o.unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return formatDuration(o.by, o.unit as TimeUnit, 1);
    case 'money':
      return formatMoney(o.by);
    case 'share': {
      const points = formatDecimal(o.by * 100, 1);
      return msg(str`${points} percentage points`);
    }
    case 'rate':
      return `${formatDecimal(o.by, 3)} ${perHourWord()}`;
    case 'units': {
      const n = formatDecimal(o.by, 1);
      return msg(str`${n} units`);
    }
    default:
      return String(o.by);
  }
}

/** What the engine gave, in one sentence. */
export function outcomeSentence(question: QuestionId, o: Outcome): string {
  const was = choiceWord(question, o.choice);
  const by = outcomeAmount(o);
  if (question.startsWith('launch.') && o.choice === 'same') {
    const width = o.figures?.['halfWidth'] !== undefined ? outcomeAmount({ ...o, by: o.figures['halfWidth'] }) : '';
    return msg(str`The engine: about the same (the difference, ${by}, is inside the run's 95% interval, ±${width}).`);
  }
  if (o.choice === 'same') return msg(str`The engine: ${was}.`);
  if (question === 'kaizen.first-fix') return msg(str`The engine: ${was}, which saves ${by} of lead time.`);
  return msg(str`The engine: ${was}, by ${by}.`);
}

/** The sentence under the chart. `total` counts everyone in the room, answered or not. */
export function answerSummary(question: QuestionId, step: StepView, total: number): string {
  const rows = answerRows(question, step);
  const answered = rows.reduce((s, r) => s + r.count, 0);
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  const parts: string[] = [];
  if (top && top.count > 0) parts.push(expected(question, top.count, total, top.choice));
  else parts.push(msg(str`Nobody of ${total} answered.`));
  if (answered < total) {
    const missing = total - answered;
    parts.push(msg(str`${missing} did not answer.`));
  }
  if (step.outcome) parts.push(outcomeSentence(question, step.outcome));
  return joinSentences(parts);
}
