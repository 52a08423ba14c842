/**
 * Why an entry was set aside, in the language the page shows. The reason is stored with the
 * set-aside record in English (records.ts, local-store.ts: stored data stays English and
 * stable, docs/i18n.md); this function words the reasons Genba writes in the current
 * language when they are shown. A reason it does not know (another program's, or the
 * validators' own messages after "The scenario is not valid:") is shown as it was stored.
 */
import { msg, str } from '@lit/localize';

const NOT_MOVED = '; it could not be moved aside (storage is full) and stays where it is';

export function setAsideReasonText(reason: string): string {
  if (reason.endsWith(NOT_MOVED)) {
    const first = setAsideReasonText(reason.slice(0, -NOT_MOVED.length));
    return msg(str`${first}; it could not be moved aside (storage is full) and stays where it is`);
  }
  switch (reason) {
    case 'its key is not one Genba writes (written by another program?)':
      return msg('its key is not one Genba writes (written by another program?)');
    case 'it is not valid JSON (damaged, or written by another program)':
      return msg('it is not valid JSON (damaged, or written by another program)');
    case 'it is not a Genba saved entry':
      return msg('it is not a Genba saved entry');
    case 'it is not a Genba saved entry (no schemaVersion)':
      return msg('it is not a Genba saved entry (no schemaVersion)');
    case 'it has fields a Genba saved entry does not have':
      return msg('it has fields a Genba saved entry does not have');
    case 'its save time is not valid':
      return msg('its save time is not valid');
    case 'it holds no saved work':
      return msg('it holds no saved work');
    case 'its checksum does not match its contents (damaged, or changed outside Genba)':
      return msg('its checksum does not match its contents (damaged, or changed outside Genba)');
    case 'its id does not match its key':
      return msg('its id does not match its key');
    case 'its name must be text.':
      return msg('its name must be text.');
    case 'its name must not be empty.':
      return msg('its name must not be empty.');
    case 'its kind is not one Genba knows':
      return msg('its kind is not one Genba knows');
    case 'a set-aside record that could not be read':
      return msg('a set-aside record that could not be read');
  }
  let m = /^it is too large \((\d+) characters\)$/.exec(reason);
  if (m) {
    const size = m[1];
    return msg(str`it is too large (${size} characters)`);
  }
  m = /^it was saved by a newer version of Genba \(record format (.+)\); it is left as it is$/.exec(reason);
  if (m) {
    const format = m[1];
    return msg(str`it was saved by a newer version of Genba (record format ${format}); it is left as it is`);
  }
  m = /^its record format (.+) is unknown$/.exec(reason);
  if (m) {
    const format = m[1];
    return msg(str`its record format ${format} is unknown`);
  }
  m = /^its name is (\d+) characters long; at most (\d+) are allowed\.$/.exec(reason);
  if (m) {
    const [length, most] = [m[1], m[2]];
    return msg(str`its name is ${length} characters long; at most ${most} are allowed.`);
  }
  m = /^The scenario is not valid: ([\s\S]*)$/.exec(reason);
  if (m) {
    const issues = m[1];
    return msg(str`The scenario is not valid: ${issues}`);
  }
  m = /^The kaizen log is not valid: ([\s\S]*)$/.exec(reason);
  if (m) {
    const issues = m[1];
    return msg(str`The kaizen log is not valid: ${issues}`);
  }
  return reason;
}
