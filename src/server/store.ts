/**
 * The rooms' state on disk: one SQLite file (better-sqlite3, WAL) in the data directory,
 * so a restart loses nothing that was acknowledged. Every write that a client is told about
 * is committed before its acknowledgement is sent (synchronous API, one transaction each).
 * Personal data: the nickname only; secrets are stored as SHA-256 hashes.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChallengeResult, StepView } from '../room/protocol.ts';

export interface StoredRoom {
  readonly code: string;
  readonly secretHash: string;
  readonly createdAt: number;
  readonly lastActive: number;
  readonly step: StepView;
  /** The presenter's list of team names. */
  readonly teams: readonly string[];
}

export interface StoredParticipant {
  readonly id: string;
  readonly nickname: string;
  readonly removed: boolean;
  readonly team?: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, created_at INTEGER NOT NULL, last_active INTEGER NOT NULL, step TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (code TEXT NOT NULL, id TEXT NOT NULL, nickname TEXT NOT NULL, joined_at INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (code, id));
CREATE TABLE IF NOT EXISTS steps (code TEXT NOT NULL, no INTEGER NOT NULL, step TEXT NOT NULL, PRIMARY KEY (code, no));
CREATE TABLE IF NOT EXISTS answers (code TEXT NOT NULL, step INTEGER NOT NULL, participant TEXT NOT NULL, choice TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (code, step, participant));
CREATE TABLE IF NOT EXISTS submissions (code TEXT NOT NULL, step INTEGER NOT NULL, participant TEXT NOT NULL, result TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (code, step, participant));
CREATE TABLE IF NOT EXISTS seen (code TEXT NOT NULL, sender TEXT NOT NULL, id TEXT NOT NULL, ack TEXT NOT NULL, PRIMARY KEY (code, sender, id));
`;

/**
 * Columns added after the first release, with how to add them to a file made before: a data
 * directory from an older Genba opens as it is, and gains them on first open.
 */
const ADDED_COLUMNS: readonly { table: string; column: string; definition: string }[] = [
  { table: 'participants', column: 'team', definition: 'team TEXT' },
  { table: 'rooms', column: 'teams', definition: "teams TEXT NOT NULL DEFAULT '[]'" },
];

/** Lesson 1's results were stored before results named their challenge. */
function normalizeResult(raw: Record<string, unknown>): ChallengeResult {
  return (raw['challenge'] === undefined ? { ...raw, challenge: 'batching' } : raw) as unknown as ChallengeResult;
}

function parseTeams(text: string | null | undefined): string[] {
  try {
    const raw = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export class RoomStore {
  readonly db: Database.Database;
  private readonly q;
  /** Read-through caches of the hot reads (every answer needs the room and its people); writes go to disk first. */
  private readonly roomCache = new Map<string, StoredRoom>();
  private readonly peopleCache = new Map<string, StoredParticipant[]>();

  constructor(dataDir: string | null) {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    this.db = new Database(dataDir ? join(dataDir, 'genba-rooms.sqlite') : ':memory:');
    this.db.pragma('journal_mode = WAL');
    // NORMAL loses at most the last transactions on power loss, never on a process crash (SIGKILL):
    // WAL frames written before the acknowledgement are in the OS's page cache.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.migrate();
    const db = this.db;
    this.q = {
      roomInsert: db.prepare('INSERT INTO rooms (code, secret_hash, created_at, last_active, step) VALUES (?, ?, ?, ?, ?)'),
      roomGet: db.prepare<[string], { code: string; secret_hash: string; created_at: number; last_active: number; step: string; teams: string }>('SELECT * FROM rooms WHERE code = ?'),
      roomTeams: db.prepare('UPDATE rooms SET teams = ?, last_active = ? WHERE code = ?'),
      participantTeam: db.prepare('UPDATE participants SET team = ? WHERE code = ? AND id = ?'),
      roomStep: db.prepare('UPDATE rooms SET step = ?, last_active = ? WHERE code = ?'),
      roomTouch: db.prepare('UPDATE rooms SET last_active = ? WHERE code = ?'),
      roomCodes: db.prepare<[], { code: string }>('SELECT code FROM rooms'),
      roomsIdle: db.prepare<[number], { code: string }>('SELECT code FROM rooms WHERE last_active < ?'),
      stepPut: db.prepare('INSERT OR REPLACE INTO steps (code, no, step) VALUES (?, ?, ?)'),
      steps: db.prepare<[string], { step: string }>('SELECT step FROM steps WHERE code = ? ORDER BY no'),
      participantPut: db.prepare('INSERT OR IGNORE INTO participants (code, id, nickname, joined_at, team) VALUES (?, ?, ?, ?, ?)'),
      participantRename: db.prepare('UPDATE participants SET nickname = ? WHERE code = ? AND id = ?'),
      participantRemove: db.prepare('UPDATE participants SET removed = 1 WHERE code = ? AND id = ?'),
      participants: db.prepare<[string], { id: string; nickname: string; removed: number; team: string | null }>('SELECT id, nickname, removed, team FROM participants WHERE code = ? ORDER BY joined_at, id'),
      answerPut: db.prepare('INSERT OR REPLACE INTO answers (code, step, participant, choice, at) VALUES (?, ?, ?, ?, ?)'),
      answers: db.prepare<[string, number], { participant: string; choice: string }>('SELECT participant, choice FROM answers WHERE code = ? AND step = ?'),
      submissionPut: db.prepare('INSERT OR REPLACE INTO submissions (code, step, participant, result, at) VALUES (?, ?, ?, ?, ?)'),
      submissions: db.prepare<[string, number], { result: string }>('SELECT result FROM submissions WHERE code = ? AND step = ?'),
      seenGet: db.prepare<[string, string, string], { ack: string }>('SELECT ack FROM seen WHERE code = ? AND sender = ? AND id = ?'),
      seenPut: db.prepare('INSERT OR IGNORE INTO seen (code, sender, id, ack) VALUES (?, ?, ?, ?)'),
    };
  }

  /** Adds the columns a file made by an older version lacks (one transaction). */
  private migrate(): void {
    this.db.transaction(() => {
      for (const { table, column, definition } of ADDED_COLUMNS) {
        const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
        if (!columns.some((c) => c.name === column)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
      }
    })();
  }

  createRoom(code: string, secretHash: string, now: number, step: StepView): void {
    this.q.roomInsert.run(code, secretHash, now, now, JSON.stringify(step));
  }

  room(code: string): StoredRoom | null {
    const known = this.roomCache.get(code);
    if (known) return known;
    const r = this.q.roomGet.get(code);
    if (!r) return null;
    const room = { code: r.code, secretHash: r.secret_hash, createdAt: r.created_at, lastActive: r.last_active, step: JSON.parse(r.step) as StepView, teams: parseTeams(r.teams) };
    this.roomCache.set(code, room);
    return room;
  }

  roomCodes(): string[] {
    return this.q.roomCodes.all().map((r) => r.code);
  }

  setStep(code: string, step: StepView, now: number): void {
    this.db.transaction(() => {
      this.q.roomStep.run(JSON.stringify(step), now, code);
      this.q.stepPut.run(code, step.no, JSON.stringify(step));
    })();
    this.roomCache.delete(code);
  }

  touch(code: string, now: number): void {
    this.q.roomTouch.run(now, code);
  }

  pastSteps(code: string): StepView[] {
    return this.q.steps.all(code).map((r) => JSON.parse(r.step) as StepView);
  }

  setTeams(code: string, teams: readonly string[], now: number): void {
    this.q.roomTeams.run(JSON.stringify(teams), now, code);
    this.roomCache.delete(code);
  }

  setTeam(code: string, id: string, team: string | null): void {
    this.q.participantTeam.run(team, code, id);
    this.peopleCache.delete(code);
  }

  addParticipant(code: string, id: string, nickname: string, now: number, team: string | null = null): void {
    this.q.participantPut.run(code, id, nickname, now, team);
    this.peopleCache.delete(code);
  }

  renameParticipant(code: string, id: string, nickname: string): void {
    this.q.participantRename.run(nickname, code, id);
    this.peopleCache.delete(code);
  }

  removeParticipant(code: string, id: string): void {
    this.q.participantRemove.run(code, id);
    this.peopleCache.delete(code);
  }

  /** Everyone who joined the room, in order of joining (the array is shared: do not change it). */
  participants(code: string): readonly StoredParticipant[] {
    const known = this.peopleCache.get(code);
    if (known) return known;
    const list = this.q.participants.all(code).map((r) => ({ id: r.id, nickname: r.nickname, removed: r.removed === 1, ...(r.team !== null ? { team: r.team } : {}) }));
    this.peopleCache.set(code, list);
    return list;
  }

  answers(code: string, step: number): Map<string, string> {
    return new Map(this.q.answers.all(code, step).map((r) => [r.participant, r.choice]));
  }

  submissions(code: string, step: number): ChallengeResult[] {
    return this.q.submissions.all(code, step).map((r) => normalizeResult(JSON.parse(r.result) as Record<string, unknown>));
  }

  /** The acknowledgement already given to this message, or null when it is new. */
  seen(code: string, sender: string, id: string): string | null {
    return this.q.seenGet.get(code, sender, id)?.ack ?? null;
  }

  /** Records an answer and its acknowledgement in one transaction. */
  putAnswer(code: string, step: number, participant: string, choice: string, now: number, msgId: string, ack: string): void {
    this.db.transaction(() => {
      this.q.answerPut.run(code, step, participant, choice, now);
      this.q.seenPut.run(code, participant, msgId, ack);
      this.q.roomTouch.run(now, code);
    })();
  }

  putSubmission(code: string, step: number, result: ChallengeResult, now: number, msgId: string, ack: string): void {
    this.db.transaction(() => {
      this.q.submissionPut.run(code, step, result.participant, JSON.stringify(result), now);
      this.q.seenPut.run(code, result.participant, msgId, ack);
      this.q.roomTouch.run(now, code);
    })();
  }

  remember(code: string, sender: string, id: string, ack: string): void {
    this.q.seenPut.run(code, sender, id, ack);
  }

  /** Deletes rooms idle since before `before`, with everything in them; returns their codes. */
  expire(before: number): string[] {
    const codes = this.q.roomsIdle.all(before).map((r) => r.code);
    if (codes.length === 0) return codes;
    for (const code of codes) {
      this.roomCache.delete(code);
      this.peopleCache.delete(code);
    }
    this.db.transaction(() => {
      for (const code of codes) for (const table of ['rooms', 'participants', 'steps', 'answers', 'submissions', 'seen']) this.db.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
    })();
    return codes;
  }

  /** Counts of rows, for tests and the health check. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const table of ['rooms', 'participants', 'answers', 'submissions', 'seen']) out[table] = (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return out;
  }

  close(): void {
    this.db.close();
  }
}
