/**
 * Keyboard shortcuts for workshops (presenter mode and everywhere): Space plays or pauses,
 * ← and → step, R resets, N and P go to the next or previous step of the lesson, S shows
 * the speaker notes, ? lists the shortcuts. A key typed into a field, a select, a slider or
 * onto a button keeps its usual meaning: shortcuts never steal a key a control needs.
 */
export type ShortcutCommand = 'toggle-play' | 'step-forward' | 'step-back' | 'reset' | 'next-step' | 'previous-step' | 'notes' | 'help';

export interface Shortcut {
  readonly keys: string;
  readonly command: ShortcutCommand;
  readonly what: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Space', command: 'toggle-play', what: 'Play or pause the replay' },
  { keys: '→', command: 'step-forward', what: 'Step to the next event' },
  { keys: '←', command: 'step-back', what: 'Step back to the previous event' },
  { keys: 'R', command: 'reset', what: 'Reset the replay to the start' },
  { keys: 'N', command: 'next-step', what: 'Next step of the lesson' },
  { keys: 'P', command: 'previous-step', what: 'Previous step of the lesson' },
  { keys: 'S', command: 'notes', what: 'Show or hide the speaker notes' },
  { keys: '?', command: 'help', what: 'List these shortcuts' },
];

/** What the focused element is, as far as keys go. */
export interface FocusContext {
  /** Tag name in lower case ('input', 'select', 'textarea', 'button', …). */
  readonly tag: string;
  /** For inputs: their type. */
  readonly type?: string;
  readonly editable?: boolean;
}

const TEXT_LIKE = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', 'range', 'radio', 'checkbox', 'file', 'date', 'time']);

/** Whether the focused control uses this key itself. */
function controlNeeds(key: string, focus: FocusContext): boolean {
  if (focus.editable || focus.tag === 'textarea' || focus.tag === 'select') return true;
  if (focus.tag === 'input') return TEXT_LIKE.has(focus.type ?? 'text') || key === ' ';
  if (focus.tag === 'button' || focus.tag === 'a' || focus.tag === 'summary') return key === ' ' || key === 'Enter';
  return false;
}

/** The command for a key press, or null. Modifier combinations are left to the browser. */
export function commandFor(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }, focus: FocusContext): ShortcutCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key;
  if (controlNeeds(key, focus)) return null;
  switch (key) {
    case ' ':
      return 'toggle-play';
    case 'ArrowRight':
      return 'step-forward';
    case 'ArrowLeft':
      return 'step-back';
    case 'r':
    case 'R':
      return 'reset';
    case 'n':
    case 'N':
      return 'next-step';
    case 'p':
    case 'P':
      return 'previous-step';
    case 's':
    case 'S':
      return 'notes';
    case '?':
      return 'help';
    default:
      return null;
  }
}
