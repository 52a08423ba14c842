/**
 * A validation issue as a screen shows it, in the page's language: the field named as the
 * form labels it (field-labels.ts), stations numbered from 1, no paths, no "1e-9":
 *
 *   stations[0].processTime.mean: -3 is not allowed, must be > 0        (the CLI, the file)
 *   Station 1 · Cut · Process time · mean: -3 is not allowed; it must be more than 0
 *   工位 1 · Cut · 加工时间 · 均值：-3 不可用；必须大于 0
 *
 * The validator's `allowed` phrases (src/scenario) are matched by RULES below; a phrase no
 * rule knows is shown as the validator wrote it, so a new rule in the validator stays
 * readable until it gets its wording here (`issue-text.test.ts` words every phrase the
 * validator's tests produce, and fails on one left unworded).
 */
import { msg, str } from '@lit/localize';
import type { ValidationIssue } from '../scenario/types.ts';
import { fieldLabel } from './field-labels.ts';
import { sentenceGap } from './text.ts';

type Rule = readonly [RegExp, (m: RegExpExecArray, label: (path: string) => string) => string];

/** "> 3" → "more than 3" / "大于 3"; the bound's number is kept as the validator printed it. */
/**
 * The bound when it is another field's name ("less than production cost"): the catalogue's
 * "小于 ${x}" keeps a space before a number; Chinese puts none before a word (issue 16).
 */
function boundByName(op: string, name: string): string {
  const text = bound(op, name);
  return sentenceGap() === '' ? text.replace(` ${name}`, name) : text;
}

function bound(op: string, x: string): string {
  switch (op) {
    case '>':
      return msg(str`more than ${x}`);
    case '≥':
      return msg(str`at least ${x}`);
    case '<':
      return msg(str`less than ${x}`);
    default:
      return msg(str`at most ${x}`);
  }
}

/** "> 0 and ≤ 1,000" → "more than 0 and at most 1,000". */
function bounds(text: string): string {
  const parts = text.split(' and ').map((part) => {
    const m = /^([<>≤≥]) (.+)$/.exec(part.trim());
    return m ? bound(m[1] as string, m[2] as string) : part;
  });
  return parts.reduce((a, b) => msg(str`${a} and ${b}`));
}

const EVENTS = /a run would take about (.+) events; at most (.+) can run/;

const RULES: readonly Rule[] = [
  [
    new RegExp(`^must be ≤ (\\S+) on this line \\(${EVENTS.source}\\)$`),
    (m) => {
      const [, largest, events, most] = m as unknown as [string, string, string, string];
      return msg(str`it must be at most ${largest} on this line: a run would take about ${events} simulation events, and at most ${most} can run`);
    },
  ],
  [
    new RegExp(`^must be lower, and so must the other stations' defect rates \\(${EVENTS.source}\\)$`),
    (m) => {
      const [, events, most] = m as unknown as [string, string, string];
      return msg(str`it must be lower, and so must the other stations' defect rates: a run would take about ${events} simulation events, and at most ${most} can run`);
    },
  ],
  [/^must be 0 or at least (.+)$/, (m) => {
    const least = m[1] as string;
    return msg(str`it must be 0 or at least ${least}`);
  }],
  [/^must be at least (.+)$/, (m) => {
    const limit = bound('≥', m[1] as string);
    return msg(str`it must be ${limit}`);
  }],
  [
    /^must be ≤ (.+) with (.+) launches \(at most (.+) runs in all\)$/,
    (m) => {
      const [, most, count, runs] = m as unknown as [string, string, string, string];
      return msg(str`it must be at most ${most} with ${count} strategies and sweep points (at most ${runs} runs in all)`);
    },
  ],
  // Lesson 3's two launch quantities (launch-form.ts): the pilot is the smaller.
  [/^must be < (launchQuantities\[1\]) \((.+)\): the pilot is the smaller batch$/, (m, label) => {
    const [, path, value] = m as unknown as [string, string, string];
    const other = label(path);
    return msg(str`it must be less than ${other} (${value}): the pilot is the smaller batch`);
  }],
  // Launch strategies (Model B version 2): a commitment over the capacity, the strategy sweep.
  [/^must be ≤ capacity \((.+)\)$/, (m) => {
    const capacity = m[1] as string;
    return msg(str`it must be at most the plant's capacity, ${capacity}`);
  }],
  [/^must be ≤ strategies\[\d+\]\.capacity \((.+)\)$/, (m) => {
    const capacity = m[1] as string;
    return msg(str`it must be at most the strategy's own capacity, ${capacity}`);
  }],
  [/^must be ≤ horizon \((.+)\) when sweeping commit\.periods$/, (m) => {
    const horizon = m[1] as string;
    return msg(str`the committed months swept must be at most the months sold over, ${horizon}`);
  }],
  [/^must be a whole number ≥ 1 when sweeping commit\.periods$/, () => msg('the committed months swept must be a whole number, at least 1')],
  [/^must be a whole number when sweeping commit\.periods$/, () => msg('the committed months swept go up by whole months')],
  [/^must be ≤ the capacity of "(.+)" \((.+)\) when sweeping commit\.rate$/, (m) => {
    const [, name, capacity] = m as unknown as [string, string, string];
    return msg(str`the commitment rate swept must be at most the capacity of ${name}, ${capacity}`);
  }],
  [/^must be "initial": (strategies\[\d+\]) \(.*\) has no commit$/, (m, label) => {
    const which = label(m[1] as string);
    return msg(str`only the initial batch can be swept: ${which} has no commitment`);
  }],
  [/^required with strategies \(the name of the strategy to sweep\)$/, () => msg('choose the strategy to sweep')],
  [/^required with strategies \(.+\)$/, () => msg('choose the field to sweep')],
  [/^must name one of the strategies \((.*)\)$/, (m) => {
    const names = m[1] as string;
    return msg(str`it must name one of the strategies (${names})`);
  }],
  [/^must be left out without strategies/, () => msg('it must be left out: without strategies the sweep varies the launch quantity')],
  [/^must give at most (.+) values of the swept field \(this gives (.+)\)$/, (m) => {
    const [, most, given] = m as unknown as [string, string, string];
    return msg(str`it must give at most ${most} values of the swept field (this gives ${given})`);
  }],
  [/^required \(or give a sweep or strategies instead\)$/, () => msg('give the launch quantities (or a sweep, or strategies, instead)')],
  [
    /^must be ≤ (.+) with (.+) launch quantities \(at most (.+) runs in all\)$/,
    (m) => {
      const [, most, count, runs] = m as unknown as [string, string, string, string];
      return msg(str`it must be at most ${most} with ${count} launch quantities (at most ${runs} runs in all)`);
    },
  ],
  [
    /^must be ([<>≤≥]) ([A-Za-z][\w.[\]]*) \((.+)\)$/,
    (m, label) => {
      const other = label(m[2] as string);
      const value = m[3] as string;
      const limit = boundByName(m[1] as string, other);
      return msg(str`it must be ${limit} (${value})`);
    },
  ],
  [/^must be ([<>≤≥]) (.+)$/, (m) => {
    const limit = bound(m[1] as string, m[2] as string);
    return msg(str`it must be ${limit}`);
  }],
  [
    /^must be a (whole )?number from (.+) to (.+)$/,
    (m) => {
      const [, whole, from, to] = m as unknown as [string, string | undefined, string, string];
      return whole ? msg(str`it must be a whole number from ${from} to ${to}`) : msg(str`it must be a number from ${from} to ${to}`);
    },
  ],
  [
    /^must be a (whole )?number(?: and)?(?: (.+))?$/,
    (m) => {
      const [, whole, rest] = m as unknown as [string, string | undefined, string | undefined];
      if (rest === undefined) return whole ? msg('it must be a whole number') : msg('it must be a number');
      const b = bounds(rest);
      return whole ? msg(str`it must be a whole number, ${b}`) : msg(str`it must be a number, ${b}`);
    },
  ],
  [/^must be unique(?: along the line| within the station)? \((.+) is the same\)$/, (m, label) => {
    const other = label((m[1] as string).replace(/\.name$/, ''));
    return msg(str`it must be unique: ${other} has the same name`);
  }],
  [/^must differ from the station's work elements \((.+) is the same\)$/, (m, label) => {
    const other = label((m[1] as string).replace(/\.name$/, ''));
    return msg(str`it must differ from the station's work elements: ${other} has the same name`);
  }],
  [/^must sum to 1\b.*$/, () => msg('the probabilities must add up to 1')],
  [/^required \(or give elements instead\)$/, () => msg('it must be given (or give work elements instead)')],
  [/^required \(or give a sweep instead\)$/, () => msg('give the launch quantities (or a sweep instead)')],
  [/^required$/, () => msg('it must be given')],
  [/^must be left out \(or 0\) when elements are given$/, () => msg('it must be 0 when work elements are given')],
  [/^must be left out \(or 0\) when setupElements are given$/, () => msg('it must be 0 when setup steps are given')],
  [/^must have a mean > 0/, () => msg('its mean must be more than 0 (units cannot all arrive at the same instant)')],
  [/^must not be empty or blank$/, () => msg('it must not be empty')],
  [/^must not contain control or text-direction characters$/, () => msg('it must not contain control characters (such as line breaks) or characters that change the direction of text')],
  [/^must be non-empty text of at most (.+) characters$/, (m) => {
    const most = m[1] as string;
    return msg(str`it must be text of 1 to ${most} characters`);
  }],
  [/^must be (?:text of )?at most (.+) characters(?: long)?$/, (m) => {
    const most = m[1] as string;
    return msg(str`it must be at most ${most} characters long`);
  }],
  [/^must have (.+) to (.+) [a-z ]+$/, (m) => {
    const [, least, most] = m as unknown as [string, string, string];
    return msg(str`there must be ${least} to ${most} of them`);
  }],
  [/^must be a list \[…\] of (.+) to (.+) [a-z ]+$/, (m) => {
    const [, least, most] = m as unknown as [string, string, string];
    return msg(str`there must be ${least} to ${most} of them`);
  }],
  [/^must be true or false$/, () => msg('it must be yes or no')],
  [/^must be a finite number$/, () => msg('it must be a finite number')],
  [/^must give at most (.+) points \(this gives (.+)\)$/, (m) => {
    const [, most, given] = m as unknown as [string, string, string];
    return msg(str`it must give at most ${most} launch quantities (this gives ${given})`);
  }],
  [/^must not be given together with launchQuantities/, () => msg('give either the launch quantities or a sweep, not both')],
  [/^must be at most 1 MiB \((.+) bytes\)$/, (m) => {
    const bytes = m[1] as string;
    return msg(str`it must be at most 1 MiB (${bytes} bytes)`);
  }],
  [/^must be valid JSON/, () => msg('it must be a valid JSON file')],
  [/^must be a number ≥ 0 or a distribution/, () => msg('it must be a time: a number ≥ 0 or a distribution')],
  [/^must be an object|^must be a list|^must be a valid scenario|^must be plain JSON data|^must be the text of a JSON file/, () => msg('it does not have the form of a scenario')],
  [/^must be (".*)$/, (m) => {
    const choices = m[1] as string;
    return msg(str`it must be ${choices}`);
  }],
  [/^the key must be one of (.+)$/, (m) => {
    const keys = m[1] as string;
    return msg(str`the fields allowed here are ${keys}`);
  }],
  [/^not allowed anywhere/, () => msg('this key is not allowed anywhere in a scenario')],
  [/^fix the problems above first$/, () => msg('fix the problems above first')],
];

/** The validator's `allowed` phrase, worded for a screen. */
export function allowedText(allowed: string, input?: unknown): string {
  const label = (path: string): string => fieldLabel(path, input);
  for (const [pattern, word] of RULES) {
    const m = pattern.exec(allowed);
    if (m) return word(m, label);
  }
  return allowed;
}

/** True when some rule words the phrase (for the test that every validator phrase is worded). */
export function isWorded(allowed: string): boolean {
  return RULES.some(([pattern]) => pattern.test(allowed));
}

/**
 * The value as the validator printed it, but a number JavaScript prints in e-notation
 * (`3e-10`, `1e+21`), which a trainee would not read, in words; `Infinity` and `NaN` too.
 */
function shownValue(printed: string): string {
  if (/^-?Infinity$/.test(printed)) return msg('a number too large to read');
  if (printed === 'NaN') return msg('a value that is not plain JSON data');
  const e = /^-?\d(?:\.\d+)?e([-+])\d+$/.exec(printed);
  if (e) return e[1] === '-' ? msg('a number too close to 0 to write out') : msg('a number too large to write out');
  return printed;
}

/** How the issue's message opens after its path (see src/scenario/issues.ts). */
function leadOf(issue: ValidationIssue): { kind: 'value' } | { kind: 'missing' } | { kind: 'phrase'; text: string } {
  if (issue.message === `${issue.path}: ${issue.value} is not allowed, ${issue.allowed}`) return { kind: 'value' };
  if (issue.message === `${issue.path}: missing, ${issue.allowed}`) return { kind: 'missing' };
  const start = issue.path.length + 2;
  const end = issue.message.length - issue.allowed.length - 2;
  return { kind: 'phrase', text: end > start ? issue.message.slice(start, end) : '' };
}

/**
 * The issue as a screen shows it. `input` is the scenario the issue is about, as it was
 * given (the form's candidate, the file's data), for the names of stations and states.
 */
export function issueText(issue: ValidationIssue, input?: unknown): string {
  const label = fieldLabel(issue.path, input);
  const allowed = allowedText(issue.allowed, input);
  const value = shownValue(issue.value);
  if (issue.path === '(more)') {
    const count = value.replace(/ more$/, '');
    return msg(str`${count} more problems are not shown; ${allowed}`);
  }
  const sum = /^probabilities summing to (.+)$/.exec(value);
  if (sum) {
    const total = sum[1] as string;
    return msg(str`${label}: the probabilities add up to ${total}; they must add up to 1`);
  }
  const lead = leadOf(issue);
  switch (lead.kind) {
    case 'value':
      return msg(str`${label}: ${value} is not allowed; ${allowed}`);
    case 'missing':
      return msg(str`${label}: missing; ${allowed}`);
    case 'phrase': {
      const json = /^not valid JSON at line (\d+), column (\d+)$/.exec(lead.text);
      if (json) {
        const [, line, column] = json as unknown as [string, string, string];
        return msg(str`${label} is not valid JSON at line ${line}, column ${column}; ${allowed}`);
      }
      if (lead.text === 'not valid JSON') return msg(str`${label} is not valid JSON; ${allowed}`);
      if (lead.text === 'too large') return msg(str`${label} is too large; ${allowed}`);
      if (lead.text === 'unknown key') return msg(str`${label}: this field is unknown; ${allowed}`);
      if (lead.text === 'reserved key') return msg(str`${label}: ${allowed}`);
      const phrase = lead.text;
      return msg(str`${label}: ${phrase}; ${allowed}`);
    }
  }
}

/** Several issues, as a screen lists them in one line. */
export function issuesText(issues: readonly ValidationIssue[], input?: unknown, most = issues.length): string[] {
  return issues.slice(0, most).map((issue) => issueText(issue, input));
}
