/**
 * The room service: what each client message does to a room, who is told, and what is
 * acknowledged. Transport-free (a connection is anything with `send`), so the unit tests drive
 * it directly and the WebSocket layer (server.ts) only parses frames and enforces limits.
 *
 * Idempotency: every message id a sender used is stored with the acknowledgement it got, in the
 * same transaction as its effect; a resend gets that acknowledgement again and changes nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newRoomCode } from '../room/code.ts';
import { isChoiceOf, QUESTIONS, type ChallengeKind, type QuestionId } from '../room/questions.ts';
import { beatsTarget, compareResults, rankTeams } from '../room/ranking.ts';
import type { ChallengeRequest } from '../room/challenge-scenario.ts';
import { canonicalFixes } from '../room/kaizen-fixes.ts';
import {
  ROOM_LIMITS,
  type BoardView,
  type ChallengeResult,
  type ClientMessage,
  type Outcome,
  type PastStep,
  type ServerMessage,
  type StepView,
  type TraineeView,
} from '../room/protocol.ts';
import type { ChallengeFigures } from './challenge.ts';
import { outcomeOf } from './outcomes.ts';

/** The request a submission makes, or why it does not fit the open challenge. */
function requestOf(m: Extract<ClientMessage, { t: 'submit' }>, kind: ChallengeKind): ChallengeRequest | string {
  if (kind === 'batching' && m.transferBatch !== undefined && m.moveTime !== undefined) return { kind, transferBatch: m.transferBatch, moveTime: m.moveTime };
  if (kind === 'launch' && m.launch) return { kind, ...m.launch };
  if (kind === 'kaizen' && m.fixes) return { kind, fixes: canonicalFixes(m.fixes) };
  if (kind === 'pull' && m.wipCap !== undefined) return { kind, wipCap: m.wipCap };
  const needs = kind === 'batching' ? 'transferBatch and moveTime' : kind === 'launch' ? 'launch' : kind === 'kaizen' ? 'fixes' : 'wipCap';
  return `submit: these parameters are not the open challenge's, which needs ${needs}`;
}
import type { RoomStore } from './store.ts';

export interface Connection {
  send(message: ServerMessage): void;
  /** Set by hello: the room and who this is. */
  code?: string;
  role?: 'presenter' | 'trainee';
  participant?: string;
  /** The peer's address, for the log of refused messages. */
  readonly address?: string;
}

export interface RoomServiceOptions {
  readonly store: RoomStore;
  readonly runChallenge: (request: ChallengeRequest) => Promise<ChallengeFigures>;
  /** A question's outcome (the server: in the challenge thread); default: computed here. */
  readonly outcome?: (question: QuestionId) => Promise<Outcome>;
  readonly now?: () => number;
  /** Called for every refused message (logged by the server). */
  readonly onReject?: (reason: string, message: ClientMessage | null, conn: Connection) => void;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The participant's public id: derived from the device key and the room, never the key itself. */
export const participantIdOf = (code: string, client: string): string => sha256(`${code}:${client}`).slice(0, 16);

function sameSecret(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Least time between two board views of one room sent for answers and joins, ms. */
export const BOARD_INTERVAL_MS = 50;

const LOBBY: StepView = { no: 0, kind: 'lobby', closed: false, revealed: false };

export class RoomService {
  private readonly store: RoomStore;
  private readonly now: () => number;
  /** Live connections by room code. */
  private readonly live = new Map<string, Set<Connection>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly boardTimers = new Map<string, ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate>>();
  private readonly lastBoard = new Map<string, number>();
  private closed = false;
  private readonly outcomes = new Map<QuestionId, Promise<Outcome>>();

  constructor(private readonly options: RoomServiceOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    // Timers of questions still open when the process stopped.
    for (const code of this.store.roomCodes()) {
      this.scheduleTimer(code);
      // Questions open when the process stopped: the engine starts on their outcomes now, so a reveal after a restart is immediate.
      const step = this.store.room(code)?.step;
      if (step?.kind === 'question' && step.question && !step.revealed) this.outcomeFor(step.question).catch(() => undefined);
    }
  }

  /** The engine's outcome of a question, computed once per process (it depends on nothing but the question). */
  private outcomeFor(question: QuestionId): Promise<Outcome> {
    let known = this.outcomes.get(question);
    if (!known) {
      known = this.options.outcome ? this.options.outcome(question) : new Promise<Outcome>((resolve) => resolve(outcomeOf(question)));
      known.catch(() => this.outcomes.delete(question));
      this.outcomes.set(question, known);
    }
    return known;
  }

  private reject(conn: Connection, message: ClientMessage, error: string, final = true): void {
    this.options.onReject?.(error, message, conn);
    conn.send({ t: 'ack', id: message.id, ok: false, error, final });
  }

  /** Handles one validated message from a connection. */
  async handle(conn: Connection, m: ClientMessage): Promise<void> {
    switch (m.t) {
      case 'create':
        return this.create(conn, m);
      case 'hello':
        return this.hello(conn, m);
      default:
        break;
    }
    const code = conn.code;
    if (!code) return this.reject(conn, m, 'not in a room: send hello first', false);
    const room = this.store.room(code);
    if (!room) return this.reject(conn, m, `room ${code} has expired`);
    if (m.t === 'answer' || m.t === 'submit' || m.t === 'team') {
      const sender = conn.participant;
      if (conn.role !== 'trainee' || !sender) return this.reject(conn, m, 'only a participant can answer');
      const earlier = this.store.seen(code, sender, m.id);
      if (earlier !== null) return conn.send(JSON.parse(earlier) as ServerMessage);
      const me = this.store.participants(code).find((p) => p.id === sender);
      if (!me || me.removed) return this.reject(conn, m, 'you were removed from this room');
      if (m.t === 'team') {
        const ack: ServerMessage = { t: 'ack', id: m.id, ok: true };
        this.store.setTeam(code, sender, m.team);
        this.store.remember(code, sender, m.id, JSON.stringify(ack));
        conn.send(ack);
        conn.send({ t: 'view', view: this.traineeView(code, sender) });
        this.markBoard(code);
        return;
      }
      const step = room.step;
      if (m.step !== step.no) return this.reject(conn, m, `step: ${m.step} is not the current step (${step.no})`);
      if (m.t === 'answer') {
        if (step.kind !== 'question' || !step.question) return this.reject(conn, m, 'step: no question is open');
        if (step.closed || (step.closesAt !== undefined && this.now() >= step.closesAt)) return this.reject(conn, m, 'step: the question is closed');
        if (!isChoiceOf(step.question, m.choice)) return this.reject(conn, m, `choice: "${m.choice.slice(0, 16)}" is not allowed, must be one of ${QUESTIONS[step.question].choices.join(', ')}`);
        const ack: ServerMessage = { t: 'ack', id: m.id, ok: true };
        this.store.putAnswer(code, step.no, sender, m.choice, this.now(), m.id, JSON.stringify(ack));
        conn.send(ack);
        this.markBoard(code);
        return;
      }
      if (step.kind !== 'challenge' || step.closed) return this.reject(conn, m, 'step: no challenge is open');
      const request = requestOf(m, step.challenge ?? 'batching');
      if (typeof request === 'string') return this.reject(conn, m, request);
      let figures: ChallengeFigures;
      try {
        figures = await this.options.runChallenge(request);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return this.reject(conn, m, text, !text.startsWith('busy'));
      }
      // The step may have moved on while the run was queued.
      const current = this.store.room(code);
      if (!current || current.step.no !== m.step || current.step.closed) return this.reject(conn, m, 'step: the challenge closed before the run finished');
      if (figures.kind !== request.kind) return this.reject(conn, m, 'the run gave figures of another challenge');
      const { kind: _kind, ...params } = request;
      const { kind: _k, ...numbers } = figures;
      // Only the request's parameters and the engine's figures: nothing else from the message.
      const result = { participant: sender, nickname: me.nickname, challenge: request.kind, ...params, ...numbers, beats: beatsTarget(figures, step) } as ChallengeResult;
      const ack: ServerMessage = { t: 'ack', id: m.id, ok: true, result };
      this.store.putSubmission(code, step.no, result, this.now(), m.id, JSON.stringify(ack));
      conn.send(ack);
      this.markBoard(code);
      return;
    }
    // Presenter commands: the secret, every time.
    if (!sameSecret(m.secret, room.secretHash)) return this.reject(conn, m, 'secret: not the presenter of this room');
    const earlier = this.store.seen(code, 'presenter', m.id);
    if (earlier !== null) return conn.send(JSON.parse(earlier) as ServerMessage);
    const ack: ServerMessage = { t: 'ack', id: m.id, ok: true };
    const now = this.now();
    const step = room.step;
    if (m.t === 'teams') {
      this.store.setTeams(code, [...new Set(m.teams)], now);
    } else if (m.t === 'advance') {
      const no = step.no + 1;
      const next: StepView =
        m.to.kind === 'lobby'
          ? { no, kind: 'lobby', closed: false, revealed: false }
          : m.to.kind === 'question'
            ? { no, kind: 'question', question: m.to.question, closed: false, revealed: false, ...(m.to.seconds ? { closesAt: now + m.to.seconds * 1000 } : {}) }
            : { no, kind: 'challenge', challenge: m.to.challenge ?? 'batching', target: m.to.target, ...(m.to.lossCap !== undefined ? { lossCap: m.to.lossCap } : {}), closed: false, revealed: false };
      // Start the engine on the question's outcome now, so the reveal has it at once.
      if (m.to.kind === 'question') this.outcomeFor(m.to.question).catch(() => undefined);
      if (step.kind !== 'lobby' && !step.closed) this.store.setStep(code, { ...step, closed: true }, now);
      this.store.setStep(code, next, now);
    } else if (m.t === 'reveal' || m.t === 'close') {
      if (m.step !== step.no) return this.reject(conn, m, `step: ${m.step} is not the current step (${step.no})`);
      if (step.kind === 'lobby') return this.reject(conn, m, 'step: nothing to close or reveal in the lobby');
      let outcome: Outcome | undefined;
      if (m.t === 'reveal' && step.kind === 'question' && step.question) {
        try {
          outcome = await this.outcomeFor(step.question);
        } catch (error) {
          return this.reject(conn, m, `the engine could not compute the outcome: ${error instanceof Error ? error.message : String(error)}`, false);
        }
        // The step may have changed while the engine ran.
        const again = this.store.room(code);
        if (!again || again.step.no !== step.no) return this.reject(conn, m, `step: ${m.step} is not the current step`);
        const seenMeanwhile = this.store.seen(code, 'presenter', m.id);
        if (seenMeanwhile !== null) return conn.send(JSON.parse(seenMeanwhile) as ServerMessage);
      }
      const current = this.store.room(code)?.step ?? step;
      const closed: StepView = { ...current, closed: true };
      this.store.setStep(code, m.t === 'reveal' ? this.revealed(code, closed, outcome) : closed, this.now());
    } else if (m.t === 'remove') {
      this.store.removeParticipant(code, m.participant);
      for (const c of this.live.get(code) ?? []) {
        if (c.participant === m.participant && c.role === 'trainee') {
          c.send({ t: 'error', error: 'removed' });
          this.leave(c);
          delete c.code;
        }
      }
    }
    this.store.remember(code, 'presenter', m.id, JSON.stringify(ack));
    conn.send(ack);
    this.scheduleTimer(code);
    this.broadcast(code);
  }

  private revealed(code: string, step: StepView, outcome: Outcome | undefined): StepView {
    if (step.kind !== 'question' || !step.question || !outcome) return { ...step, revealed: true };
    const distribution: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const c of QUESTIONS[step.question].choices) distribution[c] = 0;
    for (const choice of this.store.answers(code, step.no).values()) distribution[choice] = (distribution[choice] ?? 0) + 1;
    return { ...step, revealed: true, distribution: { ...distribution }, outcome };
  }

  private create(conn: Connection, m: Extract<ClientMessage, { t: 'create' }>): void {
    let code = newRoomCode((n) => randomBytes(n));
    while (this.store.room(code)) code = newRoomCode((n) => randomBytes(n));
    const secret = randomBytes(32).toString('base64url');
    this.store.createRoom(code, sha256(secret), this.now(), LOBBY);
    // The secret is sent once, in this acknowledgement, and never stored in clear.
    conn.send({ t: 'ack', id: m.id, ok: true, code, secret });
  }

  private hello(conn: Connection, m: Extract<ClientMessage, { t: 'hello' }>): void {
    const room = this.store.room(m.code);
    if (!room) return this.reject(conn, m, `code: ${m.code} is not an open room (check the code on the board)`);
    this.leave(conn);
    if (m.secret !== undefined) {
      if (!sameSecret(m.secret, room.secretHash)) return this.reject(conn, m, 'secret: not the presenter of this room');
      conn.role = 'presenter';
      conn.code = m.code;
      delete conn.participant;
    } else {
      const id = participantIdOf(m.code, m.client);
      const known = this.store.participants(m.code).find((p) => p.id === id);
      if (known?.removed) return this.reject(conn, m, 'you were removed from this room');
      if (!known) {
        if (m.nickname === undefined) return this.reject(conn, m, 'nickname: a nickname is needed to join');
        if (this.store.participants(m.code).length >= ROOM_LIMITS.maxParticipants) return this.reject(conn, m, `room ${m.code} is full (${ROOM_LIMITS.maxParticipants} people)`);
        this.store.addParticipant(m.code, id, m.nickname, this.now(), m.team ?? null);
      } else {
        if (m.nickname !== undefined && m.nickname !== known.nickname) this.store.renameParticipant(m.code, id, m.nickname);
        if (m.team !== undefined && m.team !== known.team) this.store.setTeam(m.code, id, m.team);
      }
      conn.role = 'trainee';
      conn.code = m.code;
      conn.participant = id;
    }
    let set = this.live.get(m.code);
    if (!set) this.live.set(m.code, (set = new Set()));
    set.add(conn);
    this.store.touch(m.code, this.now());
    conn.send({ t: 'ack', id: m.id, ok: true, code: m.code });
    conn.send({ t: 'view', view: conn.role === 'presenter' ? this.boardView(m.code) : this.traineeView(m.code, conn.participant ?? '') });
    this.markBoard(m.code);
  }

  /** A connection closed (or said hello to another room). */
  leave(conn: Connection): void {
    if (!conn.code) return;
    const set = this.live.get(conn.code);
    set?.delete(conn);
    if (set && set.size === 0) this.live.delete(conn.code);
    else this.markBoard(conn.code);
  }

  // ---- Views ---------------------------------------------------------------------------

  boardView(code: string): BoardView {
    const room = this.store.room(code);
    if (!room) throw new Error(`no room ${code}`);
    const step = room.step;
    const answers = step.kind === 'question' ? this.store.answers(code, step.no) : new Map<string, string>();
    const connected = new Set<string>();
    for (const c of this.live.get(code) ?? []) if (c.participant) connected.add(c.participant);
    const people = this.store.participants(code).filter((p) => !p.removed);
    const participants = people.map((p) => ({
      id: p.id,
      nickname: p.nickname,
      ...(p.team !== undefined ? { team: p.team } : {}),
      connected: connected.has(p.id),
      answered: answers.has(p.id),
      ...(step.revealed && answers.has(p.id) ? { answer: answers.get(p.id) } : {}),
    }));
    const teamOf = new Map(people.map((p) => [p.id, p.team]));
    const ranking =
      step.kind === 'challenge'
        ? this.store
            .submissions(code, step.no)
            .filter((r) => teamOf.has(r.participant))
            .map((r) => {
              const { team: _stored, ...rest } = r;
              const team = teamOf.get(r.participant);
              return (team !== undefined ? { ...rest, team } : rest) as ChallengeResult;
            })
            .sort(compareResults)
        : [];
    const teamRanking = step.kind === 'challenge' || room.teams.length > 0 || people.some((p) => p.team !== undefined) ? rankTeams(ranking, people, room.teams) : [];
    const history: PastStep[] = [];
    for (const s of this.store.pastSteps(code)) {
      if (s.kind !== 'question' || !s.question || s.no === step.no) continue;
      history.push({ no: s.no, question: s.question, answers: Object.fromEntries(this.store.answers(code, s.no)), ...(s.outcome ? { outcome: s.outcome } : {}) });
    }
    const answered = participants.filter((p) => p.answered).length;
    return { role: 'presenter', code, step, participants, answered, total: participants.length, ranking, teamRanking, teams: room.teams, history };
  }

  traineeView(code: string, participant: string): TraineeView {
    const room = this.store.room(code);
    if (!room) throw new Error(`no room ${code}`);
    const me = this.store.participants(code).find((p) => p.id === participant);
    const step = room.step;
    const answer = step.kind === 'question' ? (this.store.answers(code, step.no).get(participant) ?? null) : null;
    const submission = step.kind === 'challenge' ? (this.store.submissions(code, step.no).find((s) => s.participant === participant) ?? null) : null;
    return { role: 'trainee', code, you: { id: participant, nickname: me?.nickname ?? '', ...(me?.team !== undefined ? { team: me.team } : {}) }, teams: room.teams, step, answer, submission };
  }

  /**
   * The board changes (an answer, a join): presenters get a new view once this turn ends, and
   * at most one per BOARD_INTERVAL_MS per room, so a burst of answers costs a few views, not
   * one each (the last change is always sent).
   */
  private markBoard(code: string): void {
    if (this.boardTimers.has(code)) return;
    const wait = Math.max(0, (this.lastBoard.get(code) ?? -Infinity) + BOARD_INTERVAL_MS - this.now());
    const send = (): void => {
      this.boardTimers.delete(code);
      if (this.closed) return;
      this.lastBoard.set(code, this.now());
      this.sendBoards(code);
    };
    const timer = wait === 0 ? setImmediate(send) : setTimeout(send, wait);
    this.boardTimers.set(code, timer);
  }

  private sendBoards(code: string): void {
    const presenters = [...(this.live.get(code) ?? [])].filter((c) => c.role === 'presenter');
    if (presenters.length === 0 || !this.store.room(code)) return;
    const view = this.boardView(code);
    for (const c of presenters) c.send({ t: 'view', view });
  }

  /** The step changed: everyone gets their view now. */
  private broadcast(code: string): void {
    const pendingBoard = this.boardTimers.get(code);
    if (pendingBoard) {
      clearTimeout(pendingBoard as ReturnType<typeof setTimeout>);
      clearImmediate(pendingBoard as ReturnType<typeof setImmediate>);
      this.boardTimers.delete(code);
    }
    const set = this.live.get(code);
    if (!set || !this.store.room(code)) return;
    let board: BoardView | null = null;
    for (const c of set) {
      if (c.role === 'presenter') c.send({ t: 'view', view: (board ??= this.boardView(code)) });
      else if (c.participant) c.send({ t: 'view', view: this.traineeView(code, c.participant) });
    }
  }

  private scheduleTimer(code: string): void {
    const old = this.timers.get(code);
    if (old) clearTimeout(old);
    this.timers.delete(code);
    const room = this.store.room(code);
    const at = room?.step.closesAt;
    if (!room || at === undefined || room.step.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(code);
      const now = this.store.room(code);
      if (!now || now.step.no !== room.step.no || now.step.closed) return;
      this.store.setStep(code, { ...now.step, closed: true }, this.now());
      this.broadcast(code);
    }, Math.max(0, at - this.now()));
    timer.unref();
    this.timers.set(code, timer);
  }

  /** Deletes idle rooms; their connections are told. */
  expire(): string[] {
    const codes = this.store.expire(this.now() - ROOM_LIMITS.roomIdleMs);
    for (const code of codes) {
      for (const c of this.live.get(code) ?? []) c.send({ t: 'error', error: 'expired' });
      this.live.delete(code);
    }
    return codes;
  }

  close(): void {
    this.closed = true;
    for (const t of this.boardTimers.values()) {
      clearTimeout(t as ReturnType<typeof setTimeout>);
      clearImmediate(t as ReturnType<typeof setImmediate>);
    }
    this.boardTimers.clear();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
