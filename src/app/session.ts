/**
 * The workshop session: which steps of each lesson are done (the guided path's progress)
 * and what happened in them (predictions made, runs and their results, as sentences), for
 * the printable summary. Screens report with a `genba-progress` event; the shell keeps
 * the session in localStorage so a reload keeps it. What is read back is untrusted: a
 * record that does not have the expected shape is dropped, never shown as HTML. A record's
 * sentence is kept as the screen worded it, in the language shown at that moment.
 */
import { msg } from '@lit/localize';
import type { Route } from './routes.ts';

export type LessonId = Exclude<Route, 'engine' | 'board' | 'join'>;

export interface LessonStep {
  readonly id: string;
  readonly title: string;
  /** The id of the screen section (its element id) the step scrolls to. */
  readonly section: string;
}

/** A step of the guided path whose title is worded when read, in the page's language. */
function step(id: string, section: string, title: () => string): LessonStep {
  return {
    id,
    section,
    get title() {
      return title();
    },
  };
}

/**
 * The guided path: short steps per lesson, one idea each, then the sandbox. Titles and
 * debrief questions are getters: each is looked up in the page's language when it is read,
 * so the guide and the summary follow a language switch (docs/i18n.md).
 */
export const GUIDED_PATH: Record<
  LessonId,
  { readonly title: string; readonly steps: readonly LessonStep[]; readonly debrief: readonly string[]; readonly tryNext: readonly string[] }
> = {
  batching: {
    get title() {
      return msg('Lesson 1 · The batching illusion');
    },
    steps: [
      step('predict', 'predict', () => msg('Predict which line is faster')),
      step('watch', 'watch', () => msg('Watch both lines')),
      step('reveal', 'results', () => msg('What each station felt, and what the customer got')),
      step('many', 'many', () => msg('One run could be luck: run many')),
      step('sweep', 'sweep', () => msg('Is there a best batch size?')),
      step('sandbox', 'params', () => msg('Sandbox: change the line')),
    ],
    get debrief() {
      return [
        msg('Which station felt fastest with batches? Was it faster for the customer?'),
        msg('Where did the parts spend their lead time: being worked on, or waiting in containers?'),
        msg('When would a bigger batch really pay? (Look at the long-setups scenario.)'),
      ];
    },
    get tryNext() {
      return [
        msg('Open the long-setups scenario and run the sweep again: where is the best batch now?'),
        msg('Give one station a defect rate and watch where the scrap is found with batches.'),
        msg('Then lesson 2: one-piece flow "was tried, and it failed".'),
      ];
    },
  },
  kaizen: {
    get title() {
      return msg('Lesson 2 · It was tried, and it failed');
    },
    steps: [
      step('numbers', 'numbers', () => msg('Read why the team gave up')),
      step('walk', 'walk', () => msg('Walk the line')),
      step('see', 'station', () => msg('Go and see a station')),
      step('improve', 'log', () => msg('Change one thing, predict, then see')),
      step('won', 'summary', () => msg('One-piece flow wins: how?')),
    ],
    get debrief() {
      return [
        msg('Which change surprised you most, and why?'),
        msg('Would the team have found the press die change from the lead-time figures alone?'),
        msg('What on your own shop floor "was tried and failed"? What are its basic steps?'),
      ];
    },
    get tryNext() {
      return [
        msg('Undo the die-change improvement alone: how much of the win was it?'),
        msg('Apply the improvements in another order: which one unlocks the others?'),
        msg('Then lesson 3: size a launch on a forecast.'),
      ];
    },
  },
  launch: {
    get title() {
      return msg('Lesson 3 · The fish that got away');
    },
    steps: [
      step('story', 'story', () => msg('One market, month by month')),
      step('predict', 'predict', () => msg('Predict: the pilot or the forecast?')),
      step('run', 'run', () => msg('Run thousands of markets')),
      step('ledger', 'ledger', () => msg('What each earns, loses and misses')),
      step('sandbox', 'parameters', () => msg('Sandbox: change the market')),
    ],
    get debrief() {
      return [
        msg('In a good market, what did the pilot miss, and what did the forecast make extra? In a bad one, what did each lose?'),
        msg('Which costs cash, and which only costs margin never earned?'),
        msg('What launch in your company was committed on a forecast?'),
      ];
    },
    get tryNext() {
      return [
        msg('Open the case where the forecast pays: from what chance of a good market does the commitment earn more?'),
        msg('Read the view over the commitment length: how much real loss does a shorter commitment avoid?'),
        msg('Open the old one-lot case (500 or 30,000) and compare what the launch risked there.'),
      ];
    },
  },
  pull: {
    get title() {
      return msg('Lesson 4 · Only what is needed, when it is needed');
    },
    steps: [
      step('predict', 'predict', () => msg('Predict: does capping the WIP cost deliveries?')),
      step('watch', 'watch', () => msg('Watch the pushed and the pulled line')),
      step('outcome', 'outcome', () => msg('Same deliveries, a fraction of the WIP')),
      step('sweep', 'sweep', () => msg('Where more WIP stops buying throughput')),
      step('sandbox', 'cap', () => msg('Sandbox: change the cap')),
    ],
    get debrief() {
      return [
        msg('How much money did the pushed line tie up for the same deliveries?'),
        msg('Where did the pushed line’s units wait, and what did that waiting hide?'),
        msg('Where in your own plant is work released because material is there, not because it is needed?'),
      ];
    },
    get tryNext() {
      return [
        msg('Open the kanban preset with one square too few: what does blocking do to the bottleneck?'),
        msg('Lower the WIP cap one step at a time in the sandbox: where does throughput start to fall?'),
        msg('Raise the unit value: how much cash does the pushed line tie up for the same deliveries?'),
      ];
    },
  },
};

export const RECORD_KINDS = ['prediction', 'result', 'step', 'verdict', 'undo'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface SessionRecord {
  readonly lesson: LessonId;
  /** When, in ms since the epoch. */
  readonly at: number;
  /**
   * What the record says: a prediction made, a result seen, a step, a prediction checked
   * against the run ('verdict'), a kaizen step undone ('undo').
   */
  readonly kind: RecordKind;
  /** A sentence, shown as text. */
  readonly text: string;
}

export interface Session {
  readonly done: Readonly<Record<string, readonly string[]>>;
  readonly records: readonly SessionRecord[];
}

export const SESSION_KEY = 'genba:v1:session';
export const MAX_RECORDS = 200;

const LESSONS = Object.keys(GUIDED_PATH) as LessonId[];

export const emptySession = (): Session => ({ done: {}, records: [] });

/** Reads a stored session, keeping only what has the right shape. */
export function readSession(text: string | null): Session {
  if (!text) return emptySession();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return emptySession();
  }
  if (typeof raw !== 'object' || raw === null) return emptySession();
  const o = raw as { done?: unknown; records?: unknown };
  const done: Record<string, string[]> = {};
  if (typeof o.done === 'object' && o.done !== null) {
    for (const lesson of LESSONS) {
      const list = (o.done as Record<string, unknown>)[lesson];
      const known = new Set(GUIDED_PATH[lesson].steps.map((s) => s.id));
      if (Array.isArray(list)) done[lesson] = list.filter((s): s is string => typeof s === 'string' && known.has(s));
    }
  }
  const records: SessionRecord[] = [];
  if (Array.isArray(o.records)) {
    for (const r of o.records.slice(-MAX_RECORDS)) {
      if (typeof r !== 'object' || r === null) continue;
      const { lesson, at, kind, text: t } = r as Record<string, unknown>;
      if (
        LESSONS.includes(lesson as LessonId) &&
        typeof at === 'number' &&
        Number.isFinite(at) &&
        (RECORD_KINDS as readonly unknown[]).includes(kind) &&
        typeof t === 'string' &&
        t.length <= 1000
      ) {
        records.push({ lesson: lesson as LessonId, at, kind: kind as RecordKind, text: t });
      }
    }
  }
  return { done, records };
}

/** The session after a step is done (and a record, when given). */
export function markDone(session: Session, lesson: LessonId, step: string, record?: Omit<SessionRecord, 'lesson'>): Session {
  const known = GUIDED_PATH[lesson].steps.some((s) => s.id === step);
  const list = session.done[lesson] ?? [];
  const done = known && !list.includes(step) ? { ...session.done, [lesson]: [...list, step] } : session.done;
  const records = record ? [...session.records, { lesson, ...record }].slice(-MAX_RECORDS) : session.records;
  return { done, records };
}
