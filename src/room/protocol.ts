/**
 * The room protocol (docs/room.md): JSON text frames over one WebSocket per client. DOM-free,
 * shared by the server (which validates every frame with these schemas) and the client.
 *
 * Every client message carries an `id` unique for that client; the server answers each with
 * an `ack` of the same id, and a resend of an id already processed gets the same ack again
 * and changes nothing (idempotency). Presenter commands carry the room's secret.
 */
import * as v from 'valibot';
import { CODE_ALPHABET, CODE_LENGTH } from './code.ts';
import { KAIZEN_FIX_IDS } from './kaizen-fixes.ts';
import { CHALLENGE, CHALLENGE_KINDS, LAUNCH_CHALLENGE, PULL_CHALLENGE, QUESTION_IDS, type ChallengeKind, type QuestionId } from './questions.ts';

/** Limits (docs/room.md, "Security"). */
export const ROOM_LIMITS = {
  /** Largest frame accepted, in bytes; a larger one closes the connection. */
  maxFrameBytes: 16 * 1024,
  maxNickname: 32,
  maxTeamName: 24,
  /** Team names the presenter may list. */
  maxTeams: 24,
  maxMessageId: 64,
  maxParticipants: 1000,
  /** Messages per second a connection may send on average, and in one burst. */
  messagesPerSecond: 20,
  messageBurst: 40,
  /** Joins (hello or create) per minute from one address. */
  joinsPerMinute: 120,
  /** A room nobody used for this long is deleted. */
  roomIdleMs: 12 * 60 * 60 * 1000,
  /** Longest question timer. */
  maxTimerSeconds: 3600,
} as const;

export const ROOM_WS_PATH = '/api/room';

const messageId = v.pipe(v.string(), v.minLength(1), v.maxLength(ROOM_LIMITS.maxMessageId), v.regex(/^[\w:.-]+$/, 'letters, digits, _ : . - only'));
const code = v.pipe(v.string(), v.length(CODE_LENGTH), v.regex(new RegExp(`^[${CODE_ALPHABET}]+$`), `${CODE_LENGTH} characters from ${CODE_ALPHABET}`));
/** A device's random key (at least 128 bits, base64url); it is the participant's credential, never shown to others. */
const clientKey = v.pipe(v.string(), v.regex(/^[\w-]{22,64}$/, '22 to 64 characters A-Z a-z 0-9 _ -'));
const secret = v.pipe(v.string(), v.regex(/^[\w-]{32,64}$/, '32 to 64 characters A-Z a-z 0-9 _ -'));
/** A nickname: printable text, trimmed, no control characters. It is always shown as text. */
const nickname = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a nickname is needed'),
  v.maxLength(ROOM_LIMITS.maxNickname),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/, 'no control characters'),
);
/** A team name: the same rules as a nickname, shorter. Chosen from the presenter's list or typed; always shown as text. */
export const teamName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a team name is needed'),
  v.maxLength(ROOM_LIMITS.maxTeamName),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/, 'no control characters'),
);
const stepNo = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));
const participantId = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, '16 hexadecimal digits'));

export const helloSchema = v.strictObject({
  t: v.literal('hello'),
  id: messageId,
  code,
  client: clientKey,
  nickname: v.optional(nickname),
  team: v.optional(teamName),
  secret: v.optional(secret),
});
export const createSchema = v.strictObject({ t: v.literal('create'), id: messageId, client: clientKey });
export const answerSchema = v.strictObject({
  t: v.literal('answer'),
  id: messageId,
  step: stepNo,
  choice: v.pipe(v.string(), v.maxLength(16)),
});
const whole = (b: { readonly min: number; readonly max: number }) => v.pipe(v.number(), v.integer(), v.minValue(b.min), v.maxValue(b.max));
/**
 * A challenge submission: the parameters of exactly one challenge (lesson 1's transfer batch
 * and move time, lesson 3's `launch` strategy, or lesson 4's `wipCap`), never a figure: the
 * server runs the engine. A key the schema does not know (a forged `leadTime`) is refused.
 */
export const submitSchema = v.pipe(
  v.strictObject({
    t: v.literal('submit'),
    id: messageId,
    step: stepNo,
    transferBatch: v.optional(whole(CHALLENGE.transferBatch)),
    moveTime: v.optional(v.pipe(v.number(), v.finite(), v.minValue(CHALLENGE.moveTime.min), v.maxValue(CHALLENGE.moveTime.max))),
    launch: v.optional(
      v.strictObject({
        initial: whole(LAUNCH_CHALLENGE.initial),
        rate: whole(LAUNCH_CHALLENGE.rate),
        periods: whole(LAUNCH_CHALLENGE.periods),
      }),
    ),
    wipCap: v.optional(whole(PULL_CHALLENGE.wipCap)),
    /** Lesson 2: the fixes made (each once). */
    fixes: v.optional(
      v.pipe(
        v.array(v.picklist(KAIZEN_FIX_IDS)),
        v.maxLength(KAIZEN_FIX_IDS.length),
        v.check((list) => new Set(list).size === list.length, 'each fix once'),
      ),
    ),
  }),
  v.check((m) => {
    const batching = m.transferBatch !== undefined && m.moveTime !== undefined;
    const partial = (m.transferBatch === undefined) !== (m.moveTime === undefined);
    return !partial && [batching, m.launch !== undefined, m.wipCap !== undefined, m.fixes !== undefined].filter(Boolean).length === 1;
  }, 'the parameters of exactly one challenge: transferBatch and moveTime, or fixes, or launch, or wipCap'),
);
/** A participant joins a team, or leaves theirs (null). */
export const teamSchema = v.strictObject({ t: v.literal('team'), id: messageId, team: v.nullable(teamName) });
const target = v.pipe(v.number(), v.finite(), v.minValue(0.001), v.maxValue(1e6));
export const stepTargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('lobby') }),
  v.strictObject({
    kind: v.literal('question'),
    question: v.picklist(QUESTION_IDS),
    seconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(ROOM_LIMITS.maxTimerSeconds))),
  }),
  v.strictObject({
    kind: v.literal('challenge'),
    /** Which lesson's challenge; lesson 1's when left out. */
    challenge: v.optional(v.picklist(CHALLENGE_KINDS)),
    target,
    /** Lesson 3: the largest share of markets that may lose money (0–1). */
    lossCap: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1))),
  }),
]);
export const advanceSchema = v.strictObject({ t: v.literal('advance'), id: messageId, secret, to: stepTargetSchema });
export const revealSchema = v.strictObject({ t: v.literal('reveal'), id: messageId, secret, step: stepNo });
export const closeSchema = v.strictObject({ t: v.literal('close'), id: messageId, secret, step: stepNo });
/** The presenter's list of team names, offered on the phones (an empty list: names are typed). */
export const teamsSchema = v.strictObject({
  t: v.literal('teams'),
  id: messageId,
  secret,
  teams: v.pipe(v.array(teamName), v.maxLength(ROOM_LIMITS.maxTeams)),
});
export const removeSchema = v.strictObject({ t: v.literal('remove'), id: messageId, secret, participant: participantId });

export const clientMessageSchema = v.variant('t', [helloSchema, createSchema, answerSchema, submitSchema, teamSchema, advanceSchema, revealSchema, closeSchema, teamsSchema, removeSchema]);

export type ClientMessage = v.InferOutput<typeof clientMessageSchema>;
export type StepTarget = v.InferOutput<typeof stepTargetSchema>;
/** A client message before the server gives it an id: what the client's outbox stores. */
export type Outgoing = ClientMessage extends infer M ? (M extends { id: string } ? Omit<M, 'id'> : never) : never;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; error: string; id?: string };

/**
 * Parses one text frame: JSON, no key that could reach an object's prototype, then the schema.
 * The error names the field, the value and what is allowed.
 */
export function parseClientFrame(text: string): Parsed {
  if (text.length > ROOM_LIMITS.maxFrameBytes) return { ok: false, error: `frame: ${text.length} characters is too long, at most ${ROOM_LIMITS.maxFrameBytes}` };
  let raw: unknown;
  let forbidden: string | null = null;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch {
    return { ok: false, error: 'frame: not JSON' };
  }
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? ((raw as { id: string }).id.slice(0, ROOM_LIMITS.maxMessageId)) : undefined;
  if (forbidden !== null) return { ok: false, error: `frame: the key "${forbidden}" is not allowed`, ...(id ? { id } : {}) };
  const result = v.safeParse(clientMessageSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    const shown = issue ? JSON.stringify(issue.input)?.slice(0, 40) : '';
    return { ok: false, error: `${path ?? 'message'}: ${shown} is not allowed (${issue?.message ?? 'invalid'})`, ...(id ? { id } : {}) };
  }
  return { ok: true, message: result.output };
}

// ---- What the server sends -------------------------------------------------------------

export interface StepView {
  readonly no: number;
  readonly kind: 'lobby' | 'question' | 'challenge';
  readonly question?: QuestionId;
  /** When a timer closes the question, ms since the epoch (server clock). */
  readonly closesAt?: number;
  readonly closed: boolean;
  readonly revealed: boolean;
  /** Challenge: which lesson's (lesson 1's when absent: rooms stored before lessons 2–4). */
  readonly challenge?: ChallengeKind;
  /**
   * Challenge: lesson 1, the mean lead time to beat (preset's time unit); lesson 3, the
   * expected profit to reach; lesson 4, the throughput to keep (units per hour).
   */
  readonly target?: number;
  /** Lesson 3's challenge: the largest share of markets that may lose money. */
  readonly lossCap?: number;
  /** Once revealed: how many chose each answer. */
  readonly distribution?: Readonly<Record<string, number>>;
  /** Once revealed: what the engine gave (question) — the winning choice and by how much. */
  readonly outcome?: Outcome;
}

/**
 * What the engine gave for a question: the right choice and by how much (`unit`: a time
 * unit, `money`, `share` of markets, `units` of WIP, or `rate` in units per time unit), with
 * the figures compared (e.g. `{ forecast, pilot, halfWidth }`).
 */
export interface Outcome {
  readonly choice: string;
  /**
   * Every choice graded right when more than `choice` is (lesson 3 inside the run's noise:
   * "about the same" and the one ahead, as the lesson marks them); absent: only `choice`.
   */
  readonly right?: readonly string[];
  readonly by: number;
  readonly unit: string;
  readonly figures?: Readonly<Record<string, number>>;
}

/** Whether an answer is graded right against the engine's outcome. */
export function isRightAnswer(outcome: Outcome, answer: string): boolean {
  return outcome.right ? outcome.right.includes(answer) : outcome.choice === answer;
}

interface ResultBase {
  readonly participant: string;
  readonly nickname: string;
  /** The participant's team when the board view was made. */
  readonly team?: string;
  readonly beats: boolean;
}

/** Every figure below is computed by the server's engine from the submitted parameters. */
export type ChallengeResult =
  | (ResultBase & {
      readonly challenge: 'batching';
      readonly transferBatch: number;
      readonly moveTime: number;
      /** Mean lead time and order makespan (means over replications). */
      readonly leadTime: number;
      readonly makespan: number;
    })
  | (ResultBase & { readonly challenge: 'kaizen'; readonly fixes: readonly string[]; readonly leadTime: number; readonly wip: number })
  | (ResultBase & { readonly challenge: 'launch'; readonly initial: number; readonly rate: number; readonly periods: number; readonly meanProfit: number; readonly probLoss: number })
  | (ResultBase & { readonly challenge: 'pull'; readonly wipCap: number; readonly throughput: number; readonly wip: number });

/** A team's line on the board: its best submission (by the challenge's ranking), its members. */
export interface TeamResult {
  readonly team: string;
  readonly members: number;
  readonly submitted: number;
  readonly best: ChallengeResult | null;
}

export interface ParticipantView {
  readonly id: string;
  readonly nickname: string;
  readonly team?: string;
  readonly connected: boolean;
  /** Their answer to the current question, shown to the presenter only after the reveal. */
  readonly answer?: string;
  readonly answered: boolean;
}

export interface PastStep {
  readonly no: number;
  readonly question: QuestionId;
  readonly answers: Readonly<Record<string, string>>;
  readonly outcome?: StepView['outcome'];
}

export interface BoardView {
  readonly role: 'presenter';
  readonly code: string;
  readonly step: StepView;
  readonly participants: readonly ParticipantView[];
  readonly answered: number;
  readonly total: number;
  /** Challenge submissions, best (shortest lead time) first. */
  readonly ranking: readonly ChallengeResult[];
  /** The teams side by side, best first (teams with no submission last). */
  readonly teamRanking: readonly TeamResult[];
  /** The presenter's list of team names. */
  readonly teams: readonly string[];
  /** Earlier questions with everyone's answers (for the CSV and the printed summary). */
  readonly history: readonly PastStep[];
}

export interface TraineeView {
  readonly role: 'trainee';
  readonly code: string;
  readonly you: { readonly id: string; readonly nickname: string; readonly team?: string };
  /** The presenter's list of team names to choose from. */
  readonly teams: readonly string[];
  readonly step: StepView;
  readonly answer: string | null;
  readonly submission: ChallengeResult | null;
}

export type ServerMessage =
  | { readonly t: 'ack'; readonly id: string; readonly ok: true; readonly code?: string; readonly secret?: string; readonly result?: ChallengeResult }
  | { readonly t: 'ack'; readonly id: string; readonly ok: false; readonly error: string; readonly final?: boolean }
  | { readonly t: 'view'; readonly view: BoardView | TraineeView }
  | { readonly t: 'error'; readonly error: string };
