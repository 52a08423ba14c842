/**
 * The workshop session: which steps of each lesson are done (the guided path's progress)
 * and what happened in them (predictions made, runs and their results, as sentences), for
 * the printable summary. Screens report with a `genba-progress` event; the shell keeps
 * the session in localStorage so a reload keeps it. What is read back is untrusted: a
 * record that does not have the expected shape is dropped, never shown as HTML.
 */
import type { Route } from './routes.ts';

export type LessonId = Exclude<Route, 'engine'>;

export interface LessonStep {
  readonly id: string;
  readonly title: string;
  /** The id of the screen section (its element id) the step scrolls to. */
  readonly section: string;
}

/** The guided path: short steps per lesson, one idea each, then the sandbox. */
export const GUIDED_PATH: Record<LessonId, { readonly title: string; readonly steps: readonly LessonStep[]; readonly debrief: readonly string[] }> = {
  batching: {
    title: 'Lesson 1 · The batching illusion',
    steps: [
      { id: 'predict', title: 'Predict which line is faster', section: 'predict' },
      { id: 'watch', title: 'Watch both lines', section: 'watch' },
      { id: 'reveal', title: 'What each station felt, and what the customer got', section: 'results' },
      { id: 'many', title: 'One run could be luck: run many', section: 'many' },
      { id: 'sweep', title: 'Is there a best batch size?', section: 'sweep' },
      { id: 'sandbox', title: 'Sandbox: change the line', section: 'params' },
    ],
    debrief: [
      'Which station felt fastest with batches? Was it faster for the customer?',
      'Where did the parts spend their lead time: being worked on, or waiting in containers?',
      'When would a bigger batch really pay? (Look at the long-setups scenario.)',
    ],
  },
  kaizen: {
    title: 'Lesson 2 · It was tried, and it failed',
    steps: [
      { id: 'numbers', title: 'Read why the team gave up', section: 'numbers' },
      { id: 'walk', title: 'Walk the line', section: 'walk' },
      { id: 'see', title: 'Go and see a station', section: 'station' },
      { id: 'improve', title: 'Change one thing, predict, then see', section: 'log' },
      { id: 'won', title: 'One-piece flow wins: how?', section: 'summary' },
    ],
    debrief: [
      'Which change surprised you most, and why?',
      'Would the team have found the press die change from the lead-time figures alone?',
      'What on your own shop floor "was tried and failed"? What are its basic steps?',
    ],
  },
  launch: {
    title: 'Lesson 3 · The fish that got away',
    steps: [
      { id: 'predict', title: 'Predict: full launch or pilot?', section: 'predict' },
      { id: 'run', title: 'Run thousands of markets', section: 'run' },
      { id: 'ledger', title: 'Real loss against lost opportunity', section: 'ledger' },
      { id: 'story', title: 'One market’s story', section: 'story' },
      { id: 'sandbox', title: 'Sandbox: change the market', section: 'parameters' },
    ],
    debrief: [
      'After a good market, how big did the missed sales look? And before the decision?',
      'Which costs cash, and which only costs margin never earned?',
      'What launch in your company was sized on a forecast?',
    ],
  },
};

export interface SessionRecord {
  readonly lesson: LessonId;
  /** When, in ms since the epoch. */
  readonly at: number;
  readonly kind: 'prediction' | 'result' | 'step';
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
        (kind === 'prediction' || kind === 'result' || kind === 'step') &&
        typeof t === 'string' &&
        t.length <= 1000
      ) {
        records.push({ lesson: lesson as LessonId, at, kind, text: t });
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
