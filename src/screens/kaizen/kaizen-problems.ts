/**
 * Why a kaizen step does not apply, as lesson 2's screen shows it, in the page's language
 * (issue 16). The lesson code (src/lessons/kaizen/improvements.ts) keeps its English
 * message for files and the CLI, and hands the screen the improvement, the reason and, when
 * the improved line is not a valid scenario, the validator's issues: the improvement is
 * worded by `improvementLabel`, the reason by the rules below (a reason no rule knows is
 * shown as the lesson wrote it), and the issues by `issueText`, which names each field as the
 * form labels it (`Station 3 · Press · Setup time`, never `stations[2].setupTime`).
 */
import { msg, str } from '@lit/localize';
import { issueText, issuesText } from '../../i18n/issue-text.ts';
import { shownName } from '../../i18n/preset-names.ts';
import { joinClauses } from '../../i18n/text.ts';
import { formatList } from '../../i18n/units.ts';
import type { FlowLineScenario } from '../../scenario/types.ts';
import { improvementLabel, type ImprovementProblem } from '../../lessons/kaizen/improvements.ts';
import type { KaizenParse } from '../../lessons/kaizen/kaizen-log-file.ts';
import { ONE_PIECE_FLOW } from '../../lessons/kaizen/it-failed-before.ts';
import { logIssueText } from './kaizen-log-words.ts';

type Rule = readonly [RegExp, (m: string[]) => string];

/** `"a", "b"` → the names in the page's language, listed as the language lists. */
function names(quoted: string): string {
  const list = [...quoted.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => shownName(m[1] as string));
  return formatList(list);
}

/** A name as the lesson quotes it, in the page's language. */
const n = (name: string | undefined): string => shownName(name ?? '');

const RULES: readonly Rule[] = [
  [/^there is no station "(.+)" \(stations: (.+)\)$/, ([, station, all]) => {
    const name = n(station);
    const list = formatList((all as string).split(', ').map(n));
    return msg(str`there is no station "${name}" (the stations are ${list})`);
  }],
  [/^"(.+)" is work on every unit, not a setup element$/, ([, element]) => {
    const name = n(element);
    return msg(str`"${name}" is work on every unit, not a setup element`);
  }],
  [/^(.+) has no (setup |work )?element "(.+)" \((?:it has none|it has (.+))\)$/, ([, station, , element, has]) => {
    const [where, what] = [n(station), n(element)];
    const list = has === undefined ? '' : names(has);
    return has === undefined ? msg(str`${where} has no element "${what}" (it has none)`) : msg(str`${where} has no element "${what}" (it has ${list})`);
  }],
  [/^"(.+)" is already external$/, ([, element]) => {
    const name = n(element);
    return msg(str`"${name}" is already external`);
  }],
  [/^"(.+)" is the only work element of (.+); a station keeps at least one$/, ([, element, station]) => {
    const [what, where] = [n(element), n(station)];
    return msg(str`"${what}" is the only work element of ${where}; a station keeps at least one`);
  }],
  [/^"(.+)" is a necessary step of the changeover, not marked as waste: make it external \(SMED\) or shorten it with a stated basis, but it cannot simply be removed$/, ([, element]) => {
    const name = n(element);
    return msg(str`"${name}" is a necessary step of the changeover, not marked as waste: make it external (SMED) or shorten it with a stated basis, but it cannot simply be removed`);
  }],
  [/^"(.+)" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis$/, ([, element]) => {
    const name = n(element);
    return msg(str`"${name}" is value-adding work, not marked as waste: it cannot simply be removed; shorten it with a named improvement that states its basis`);
  }],
  [/^"(.+)" is (a necessary step of the changeover|value-adding work), not marked as waste: shortening it needs a stated basis \(what makes it faster\)$/, ([, element, kind]) => {
    const name = n(element);
    return kind === 'value-adding work'
      ? msg(str`"${name}" is value-adding work, not marked as waste: shortening it needs a stated basis (what makes it faster)`)
      : msg(str`"${name}" is a necessary step of the changeover, not marked as waste: shortening it needs a stated basis (what makes it faster)`);
  }],
  [/^the share must be more than 0 and less than 1 \(it is (.+)\)$/, ([, share]) => {
    const value = share as string;
    return msg(str`the share must be more than 0 and less than 1 (it is ${value})`);
  }],
  [/^the new time must be more than 0 and less than the element's mean time (.+) \(it is (.+)\)$/, ([, mean, time]) => {
    const [most, value] = [mean as string, time as string];
    return msg(str`the new time must be more than 0 and less than the step's mean time ${most} (it is ${value})`);
  }],
  [/^"(.+)" is already at (.+)$/, ([, element, station]) => {
    const [what, where] = [n(element), n(station)];
    return msg(str`"${what}" is already at ${where}`);
  }],
  [/^"(.+)" is part of (.+)'s changeover; only work elements move$/, ([, element, station]) => {
    const [what, where] = [n(element), n(station)];
    return msg(str`"${what}" is part of the changeover of ${where}; only work elements move`);
  }],
  [/^(.+) has no work elements to add to \(its work is one processTime\)$/, ([, station]) => {
    const where = n(station);
    return msg(str`${where} has no work elements to add to (its work is one process time)`);
  }],
  [/^(.+) already has (\d+) work elements, the most a station may have$/, ([, station, most]) => {
    const [where, count] = [n(station), most as string];
    return msg(str`${where} already has ${count} work elements, the most a station may have`);
  }],
  [/^(.+) has a setup element named "(.+)" too$/, ([, station, element]) => {
    const [where, what] = [n(station), n(element)];
    return msg(str`${where} has a setup element named "${what}" too`);
  }],
  [/^(.+) already checks at the source$/, ([, station]) => {
    const where = n(station);
    return msg(str`${where} already checks at the source`);
  }],
  [/^the (transfer|process) batch must be a whole number from 1 to (\d+) \(it is (.+)\)$/, ([, kind, most, value]) => {
    const [largest, given] = [most as string, value as string];
    return kind === 'transfer'
      ? msg(str`the transfer batch must be a whole number from 1 to ${largest} (it is ${given})`)
      : msg(str`the process batch must be a whole number from 1 to ${largest} (it is ${given})`);
  }],
  [/^the id "(.+)" is used twice; each improvement needs its own$/, ([, id]) => {
    const key = id as string;
    return msg(str`the id "${key}" is used twice; each improvement needs its own`);
  }],
];

/** Why a step does not apply, worded for the screen; a reason no rule knows stays as the lesson wrote it. */
export function reasonText(why: string): string {
  for (const [pattern, word] of RULES) {
    const m = pattern.exec(why);
    if (m) return word([...m]);
  }
  return why;
}

/** One problem of a step, as the screen shows it. */
export function problemText(problem: ImprovementProblem, timeUnit: FlowLineScenario['timeUnit']): string {
  if (problem.issues) {
    const issues = joinClauses(issuesText(problem.issues, problem.input, 3));
    return msg(str`The improved line is not valid: ${issues}`);
  }
  if (problem.improvement && problem.why !== undefined) {
    const what = improvementLabel(problem.improvement, timeUnit);
    const why = reasonText(problem.why);
    return msg(str`${what}: ${why}`);
  }
  return problem.message;
}

/** The problems of steps that do not apply (the first `most`), as the screen shows them. */
export function problemsText(problems: readonly ImprovementProblem[], timeUnit: FlowLineScenario['timeUnit'], most = problems.length): string {
  return joinClauses(problems.slice(0, most).map((p) => problemText(p, timeUnit)));
}

/** A failed read of a kaizen log file, saved log or link (src/lessons/kaizen/kaizen-log-file.ts). */
type LogFailure = Extract<KaizenParse<unknown>, { ok: false }>;

/**
 * The problems of a kaizen log file's, a saved log's or a link's data, as the screen lists
 * them, in the page's language: the scenario's issues named as the form labels the fields,
 * the steps that do not apply, and the problems of the log format's own fields
 * (kaizen-log-words.ts: "Improvement 1 · kind: …", never `improvements[0].kind`).
 */
export function logIssues(failure: LogFailure): string[] {
  if (failure.problems && failure.timeUnit) {
    const unit = failure.timeUnit;
    return failure.problems.map((p) => {
      const text = problemText(p, unit);
      // The lesson's own last step (one-piece flow) is not one of the file's.
      if (p.improvement === undefined || p.improvement.id === ONE_PIECE_FLOW.id) return text;
      const step = p.index + 1;
      return msg(str`Step ${step}: ${text}`);
    });
  }
  const own = failure.logIssues?.map((i) => logIssueText(i));
  if (failure.scenarioIssues) {
    const input = failure.scenarioInput;
    const others = own ?? failure.issues.filter((i) => !/^scenario[.:[]/.test(i));
    return [...failure.scenarioIssues.map((i) => issueText(i, input)), ...others];
  }
  return own ?? [...failure.issues];
}

/** The first `most` of them, in one line. */
export function logIssuesText(failure: LogFailure, most: number): string {
  return joinClauses(logIssues(failure).slice(0, most));
}
