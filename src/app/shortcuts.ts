/**
 * Keyboard shortcuts for workshops (presenter mode and everywhere): Space plays or pauses,
 * ← and → step, R resets, N and P go to the next or previous step of the lesson, S opens
 * the presenter view (speaker notes, clock and controls in a second window), ? lists the shortcuts. A key typed into a field, a select, a slider or
 * onto a button keeps its usual meaning: shortcuts never steal a key a control needs.
 */
import { msg } from '@lit/localize';
export type ShortcutCommand = 'toggle-play' | 'step-forward' | 'step-back' | 'reset' | 'next-step' | 'previous-step' | 'notes' | 'help';

export interface Shortcut {
  /** The key as written on it, in the page's language ('Space' / '空格'). */
  readonly keys: string;
  readonly command: ShortcutCommand;
  /** What it does, in the page's language. */
  readonly what: string;
}

// Getters: the words are looked up when shown, so they follow a language switch.
export const SHORTCUTS: readonly Shortcut[] = [
  {
    get keys() {
      return msg('Space');
    },
    command: 'toggle-play',
    get what() {
      return msg('Play or pause the replay');
    },
  },
  {
    keys: '→',
    command: 'step-forward',
    get what() {
      return msg('Step to the next event');
    },
  },
  {
    keys: '←',
    command: 'step-back',
    get what() {
      return msg('Step back to the previous event');
    },
  },
  {
    keys: 'R',
    command: 'reset',
    get what() {
      return msg('Reset the replay to the start');
    },
  },
  {
    keys: 'N',
    command: 'next-step',
    get what() {
      return msg('Next step of the lesson');
    },
  },
  {
    keys: 'P',
    command: 'previous-step',
    get what() {
      return msg('Previous step of the lesson');
    },
  },
  {
    keys: 'S',
    command: 'notes',
    get what() {
      return msg('Open the presenter view: notes, clock and controls in a second window');
    },
  },
  {
    keys: '?',
    command: 'help',
    get what() {
      return msg('List these shortcuts');
    },
  },
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
