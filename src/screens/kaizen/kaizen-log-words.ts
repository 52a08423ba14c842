/**
 * A problem of a kaizen log's own fields (a file, saved work, a link's steps), as lesson 2's
 * screen shows it, in the page's language (issue 16): the field named as the trainee sees it,
 * improvements numbered from 1, values as a person writes them, never a path like
 * `improvements[0].kind` or a JavaScript word like `undefined` or `Infinity`:
 *
 *   improvements[0].kind: "walk" is not allowed, must be one of "externalise-setup", …   (the file, the CLI)
 *   Improvement 1 · kind: "walk" is not allowed; it must be one of "externalise-setup", …
 *   改善 1 · 类型："walk" 不可用；必须是以下之一："externalise-setup"、…
 *
 * The parser (src/lessons/kaizen/kaizen-log-file.ts) gives each problem as data (`LogIssue`:
 * path, value, rule); the words are here. The kinds and directions a file may hold are quoted
 * as the file writes them.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { formatList } from '../../i18n/units.ts';
import type { LogIssue, LogRule } from '../../lessons/kaizen/kaizen-log-file.ts';
import type { PlainReason } from '../../share/plain-json.ts';
import type { PathKey } from '../../scenario/issues.ts';

const MOST_SHOWN = 40;

/** A whole number as the page writes it (1,000 / 1,000). */
const whole = (n: number): string => new Intl.NumberFormat(getLocale()).format(n);

/** A text as typed, quoted and cut to 40 characters. */
const quoted = (text: string): string => `"${text.length > MOST_SHOWN ? `${text.slice(0, MOST_SHOWN - 1)}…` : text}"`;

/** A value found in the file, as a person writes it. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return msg('a number too large to read');
    const size = Math.abs(value);
    if (size !== 0 && size < 1e-6) return msg('a number too close to 0 to write out');
    if (size >= 1e15) return msg('a number too large to write out');
    return new Intl.NumberFormat(getLocale(), { maximumSignificantDigits: 10 }).format(value);
  }
  if (typeof value === 'boolean') return msg('a yes/no value');
  if (value === null) return msg('an empty value');
  if (Array.isArray(value)) {
    const count = whole(value.length);
    return msg(str`a list of ${count} items`);
  }
  if (typeof value === 'object') return msg('a group of fields {…}');
  return msg('a value that is not plain JSON data');
}

/** A field of an improvement or an expectation, as the lesson names it. */
function fieldWord(key: string, kind: string | undefined): string {
  switch (key) {
    case 'id':
      return msg('id');
    case 'kind':
      return msg('kind');
    case 'station':
      return msg('station');
    case 'element':
      return msg('step');
    case 'from':
      return msg('from station');
    case 'to':
      return kind === 'move-element' ? msg('to station') : msg('shortened to');
    case 'share':
      return msg('share of its time');
    case 'time':
      return msg('new time');
    case 'basis':
      return msg('basis');
    case 'batch':
      return msg('batch size');
    case 'direction':
      return msg('direction');
    case 'by':
      return msg('by how much');
    default:
      return quoted(key);
  }
}

/**
 * The field at `path`, as the trainee sees it: "Improvement 1 · kind", "Expectation for
 * "press-fetch-die" · by", "File version". `kind`: the improvement's, which names its fields.
 */
export function logFieldLabel(path: readonly PathKey[], kind?: string): string {
  const [first, second, ...rest] = path;
  const parts: string[] = [];
  if (first === undefined) return msg('The file');
  if (first === 'improvements') {
    if (typeof second === 'number') {
      const n = whole(second + 1);
      parts.push(msg(str`Improvement ${n}`));
    } else parts.push(msg('Improvements'));
  } else if (first === 'expectations') {
    if (second !== undefined) {
      const id = quoted(String(second));
      parts.push(msg(str`Expectation for ${id}`));
    } else parts.push(msg('Expectations'));
  } else if (first === 'format') parts.push(msg('File format'));
  else if (first === 'version') parts.push(msg('File version'));
  else if (first === 'engineVersion') parts.push(msg('Engine version'));
  else if (first === 'scenario') parts.push(second === 'model' ? msg('Scenario · model') : msg('Scenario'));
  else parts.push(quoted(String(first)));
  const more = first === 'improvements' || first === 'expectations' ? rest : first === 'scenario' && second === 'model' ? rest : second === undefined ? [] : [second, ...rest];
  for (const key of more) {
    const n = typeof key === 'number' ? whole(key + 1) : '';
    parts.push(typeof key === 'number' ? msg(str`item ${n}`) : fieldWord(key, kind));
  }
  return parts.join(' · ');
}

/** What the rule allows, as a clause ("it must be …"). */
function allowedWords(rule: LogRule): string {
  switch (rule.kind) {
    case 'name': {
      const most = whole(rule.most);
      if (rule.key === 'station') return msg(str`it must be a station's name (1 to ${most} characters)`);
      if (rule.key === 'element') return msg(str`it must be a basic step's name (1 to ${most} characters)`);
      if (rule.key === 'from') return msg(str`it must be the name of the station the step moves from (1 to ${most} characters)`);
      if (rule.key === 'to') return msg(str`it must be the name of the station the step moves to (1 to ${most} characters)`);
      return msg(str`it must be a name of 1 to ${most} characters`);
    }
    case 'improvement':
      return msg('it must be an improvement: an id, a kind and the fields of that kind');
    case 'id':
    case 'basis': {
      const most = whole(rule.most);
      return rule.kind === 'id' ? msg(str`it must be a text of 1 to ${most} characters`) : msg(str`it must be a text of 1 to ${most} characters: what makes the step faster`);
    }
    case 'kind': {
      const kinds = formatList(rule.kinds.map(quoted));
      return msg(str`it must be one of ${kinds}`);
    }
    case 'keys': {
      const keys = formatList(rule.keys.map(quoted));
      return msg(str`the fields allowed here are ${keys}`);
    }
    case 'batch': {
      const most = whole(rule.most);
      return msg(str`it must be a whole number from 1 to ${most}`);
    }
    case 'target':
      return msg('it must give either the share of its time kept (more than 0 and less than 1) or the new time (more than 0)');
    case 'one-target':
      return msg('it must give exactly one of the two: the share of its time kept, or the new time');
    case 'share':
      return msg('it must be more than 0 and less than 1');
    case 'time': {
      const most = whole(rule.most);
      return msg(str`it must be more than 0 and at most ${most}`);
    }
    case 'list':
      return msg('it must be a list of improvements');
    case 'too-many': {
      const most = whole(rule.most);
      return msg(str`there must be at most ${most}`);
    }
    case 'expectations':
      return msg('it must be a group of expectations, one for each improvement id');
    case 'no-such-id':
      return msg('no improvement in the list has this id; it must be the id of one of the improvements');
    case 'expectation':
      return msg('it must give a direction ("down", "same" or "up") and by how much (a number, at least 0)');
    case 'direction':
      return msg('it must be "down", "same" or "up"');
    case 'by': {
      const most = whole(rule.most);
      return msg(str`it must be a number from 0 to ${most}`);
    }
    case 'format':
      return msg('it must be "genba-kaizen-log": a kaizen log file downloaded from lesson 2');
    case 'version':
      return rule.newer ? msg('it must be 1: a newer Genba made this file') : msg('it must be 1');
    case 'engine-version':
      return msg('it must be the version of the engine that made the file, such as "1.0.0"');
    case 'flow-line':
      return msg('it must be "flow-line": lesson 2 improves a flow line');
    case 'log':
      return msg('it must be a kaizen log file, which starts with "format": "genba-kaizen-log"');
    case 'plain':
      return plainWords(rule.reason);
    case 'file-too-large':
      return msg('it must be at most 1 MiB');
    case 'not-json':
      return msg('it must be a kaizen log file (JSON)');
    case 'unreadable-file':
      return msg('it must be a file this browser can read');
  }
}

/** Why data is not plain JSON, as a clause. */
function plainWords(reason: PlainReason): string {
  switch (reason.kind) {
    case 'too-many': {
      const most = whole(reason.most);
      return msg(str`it holds more than ${most} values`);
    }
    case 'not-finite':
      return msg('a number too large to read is not allowed; it must be a finite number');
    case 'too-long': {
      const [length, most] = [whole(reason.length), whole(reason.most)];
      return msg(str`a text of ${length} characters is not allowed; it must be at most ${most}`);
    }
    case 'too-deep': {
      const most = whole(reason.most);
      return msg(str`it is nested deeper than ${most} levels`);
    }
    case 'reserved':
      return msg('this field name is not allowed anywhere');
    case 'not-json':
    case 'class':
    case 'unreadable':
      return msg('it must be plain JSON data');
  }
}

/** One problem of a kaizen log's own fields, as the screen shows it. */
export function logIssueText(issue: LogIssue): string {
  const rule = issue.rule;
  const allowed = allowedWords(rule);
  if (rule.kind === 'file-too-large') return msg(str`The file is too large: ${allowed}.`);
  if (rule.kind === 'not-json') return msg(str`The file is not valid JSON: ${allowed}.`);
  if (rule.kind === 'unreadable-file') return msg(str`The file could not be read: ${allowed}.`);
  if (rule.kind === 'log') return msg(str`This is not a kaizen log: ${allowed}.`);
  const label = logFieldLabel(issue.path, issue.improvementKind);
  if (rule.kind === 'plain' || rule.kind === 'no-such-id') return msg(str`${label}: ${allowed}`);
  if (rule.kind === 'too-many') {
    const count = whole(Array.isArray(issue.value) ? issue.value.length : rule.count);
    return msg(str`${label}: ${count} is too many; ${allowed}`);
  }
  if (issue.unknownKey) return msg(str`${label}: this field is unknown; ${allowed}`);
  if (issue.missing) return msg(str`${label}: missing; ${allowed}`);
  const value = shownValue(issue.value);
  return msg(str`${label}: ${value} is not allowed; ${allowed}`);
}
