/**
 * The questions a room can ask, by id, with their answer choices (ids only: the client
 * words them in the page's language). Each belongs to a lesson's prediction step in the
 * guided path (src/app/session.ts GUIDED_PATH), so the presenter's guide can open it; the
 * one marked `guide` is the one the guide opens when a step has several.
 * DOM-free: the server checks answers against it.
 */
export const QUESTIONS = {
  'batching.first': { lesson: 'batching', step: 'predict', choices: ['batch', 'flow', 'same'], guide: false },
  'batching.finish': { lesson: 'batching', step: 'predict', choices: ['batch', 'flow', 'same'], guide: true },
  /** Lesson 2: which single fix, made on the line run in one-piece flow, cuts its lead time most. */
  'kaizen.first-fix': { lesson: 'kaizen', step: 'improve', choices: ['smed', 'quick-change', 'process-batch', 'check'], guide: true },
  /** Lesson 2: after the lesson's fixes, does one-piece flow beat the team's batches of 10 on lead time? */
  'kaizen.flow-wins': { lesson: 'kaizen', step: 'won', choices: ['batch', 'flow', 'same'], guide: true },
  /** Lesson 3: which strategy earns more on average (mean profit). */
  'launch.earns-more': { lesson: 'launch', step: 'predict', choices: ['forecast', 'pilot', 'same'], guide: true },
  /** Lesson 3: which strategy loses money more often (share of markets with profit < 0). */
  'launch.loses-more': { lesson: 'launch', step: 'predict', choices: ['forecast', 'pilot', 'same'], guide: false },
  /** Lesson 4: which line delivers more (throughput). */
  'pull.delivers-more': { lesson: 'pull', step: 'predict', choices: ['push', 'pull', 'same'], guide: true },
  /** Lesson 4: which line holds less work in progress. */
  'pull.less-wip': { lesson: 'pull', step: 'predict', choices: ['push', 'pull', 'same'], guide: false },
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];

/** The question opened when the presenter's guide reaches a lesson step, or null. */
export function questionForStep(lesson: string, step: string): QuestionId | null {
  const here = QUESTION_IDS.filter((id) => QUESTIONS[id].lesson === lesson && QUESTIONS[id].step === step);
  return here.find((id) => QUESTIONS[id].guide) ?? here[0] ?? null;
}

export const isChoiceOf = (question: QuestionId, choice: string): boolean => (QUESTIONS[question].choices as readonly string[]).includes(choice);

/** The challenge of lesson 1: the parameters a trainee may change on the line, with their bounds. */
export const CHALLENGE = {
  /** public/scenarios/<preset>.json is the line every team starts from. */
  preset: 'batching-illusion',
  transferBatch: { min: 1, max: 50 },
  moveTime: { min: 0, max: 10 },
} as const;

/**
 * Lesson 3's challenge: one launch strategy on the lesson's markets (the launch v2 strategy
 * scenario): units made before period 1, and a commitment of `rate` units a period for
 * `periods` periods (0: no commitment; the rule then follows demand after the ramp-up).
 */
export const LAUNCH_CHALLENGE = {
  preset: 'launch-ohno-question',
  initial: { min: 0, max: 200_000 },
  /** At most the scenario's capacity (40,000 a period). */
  rate: { min: 0, max: 40_000 },
  /** At most the scenario's horizon (12 periods). */
  periods: { min: 0, max: 12 },
} as const;

/** Lesson 4's challenge: the WIP cap of the pulled line (at most the order's 60 units). */
export const PULL_CHALLENGE = {
  preset: 'pull-balanced',
  wipCap: { min: 1, max: 60 },
} as const;

/**
 * Lesson 2's challenge: which of the lesson's fixes to make (src/room/kaizen-fixes.ts) on
 * it-failed-before.json run in one-piece flow: beat a mean lead time with as few as possible.
 */
export const KAIZEN_CHALLENGE = {
  preset: 'it-failed-before',
} as const;

export const CHALLENGE_KINDS = ['batching', 'kaizen', 'launch', 'pull'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/** The preset file (public/scenarios/<name>.json) each challenge starts from. */
export const CHALLENGE_PRESETS: Readonly<Record<ChallengeKind, string>> = {
  batching: CHALLENGE.preset,
  kaizen: KAIZEN_CHALLENGE.preset,
  launch: LAUNCH_CHALLENGE.preset,
  pull: PULL_CHALLENGE.preset,
};

/** The lesson each challenge belongs to (for the session summary). */
export const CHALLENGE_LESSONS: Readonly<Record<ChallengeKind, 'batching' | 'kaizen' | 'launch' | 'pull'>> = { batching: 'batching', kaizen: 'kaizen', launch: 'launch', pull: 'pull' };
