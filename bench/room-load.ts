/**
 * The room service under load (issue 17): simulated participants over WebSockets on loopback,
 * against `genba serve --rooms-only` in its own process (so its memory is its own). Cases:
 * one room of 500, and 50 rooms of 30 at once. Each participant joins in a team (the `team`
 * message). In each room the presenter opens every question of the catalogue in turn (lessons
 * 1–4: src/room/questions.ts), every participant answers each at once (a burst, the worst
 * case), 10% of them resend their answer with the same message id, as a reconnecting phone
 * would, and the presenter reveals it (the outcomes of lessons 2–4 run in the server's
 * challenge thread while the room goes on). Measured: answers per
 * second (answers / time from the first sent to the last seen on its board), latency from an
 * answer sent to the presenter's board showing it (p50, p99), the server's peak resident
 * memory, and lost or duplicated answers (the revealed distribution must count each
 * participant exactly once).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import type { BoardView, ServerMessage } from '../src/room/protocol.ts';
import { QUESTION_IDS, QUESTIONS } from '../src/room/questions.ts';

interface Case {
  readonly rooms: number;
  readonly people: number;
}

export interface RoomLoadResult extends Case {
  readonly answers: number;
  readonly answersPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly peakRssMb: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly resent: number;
  /** Questions asked in each room (every one of the catalogue). */
  readonly questions: number;
  /** Longest wait from a reveal sent to the board showing the engine's outcome. */
  readonly revealMaxMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

class Socket {
  readonly ws: WebSocket;
  private readonly waiters = new Map<string, (m: ServerMessage) => void>();
  onView: ((v: BoardView) => void) | null = null;
  constructor(url: string, origin: string) {
    this.ws = new WebSocket(url, { origin, perMessageDeflate: false });
    this.ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as ServerMessage;
      if (m.t === 'ack') this.waiters.get(m.id)?.(m);
      else if (m.t === 'view' && m.view.role === 'presenter') this.onView?.(m.view);
    });
  }
  opened(): Promise<void> {
    return new Promise((r, j) => {
      this.ws.once('open', () => r());
      this.ws.once('error', j);
    });
  }
  request(m: Record<string, unknown> & { id: string }): Promise<ServerMessage> {
    return new Promise((r) => {
      this.waiters.set(m.id, r);
      this.ws.send(JSON.stringify(m));
    });
  }
  send(m: unknown): void {
    this.ws.send(JSON.stringify(m));
  }
}

async function startServer(): Promise<{ url: string; pid: number; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'genba-bench-rooms-'));
  const child = spawn(process.execPath, ['bin/genba.js', 'serve', '--rooms-only', '--port', '0', '--data', dataDir, '--joins-per-minute', '1000000'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r));
  const url = /^Genba at (\S+)$/.exec(line)?.[1];
  if (!url || !child.pid) throw new Error(`unexpected: ${line}`);
  const pid = child.pid;
  return {
    url,
    pid,
    stop: () => {
      process.kill(pid, 'SIGTERM');
      setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 500);
    },
  };
}

async function runCase(c: Case): Promise<RoomLoadResult> {
  const server = await startServer();
  const origin = server.url.slice(0, -1);
  const wsUrl = `${server.url.replace('http', 'ws')}api/room`;
  let peak = rssMb(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 50);
  const latencies: number[] = [];
  let resent = 0;
  let lost = 0;
  let duplicated = 0;
  let firstSent = Infinity;
  let lastSeen = 0;
  const rooms = await Promise.all(
    Array.from({ length: c.rooms }, async (_, r) => {
      const presenter = new Socket(wsUrl, origin);
      await presenter.opened();
      const created = await presenter.request({ t: 'create', id: 'create', client: `bench-presenter-${String(r).padStart(12, '0')}` });
      if (created.t !== 'ack' || !created.ok || !created.code || !created.secret) throw new Error('no room');
      const { code, secret } = created;
      await presenter.request({ t: 'hello', id: 'hello', code, client: `bench-presenter-${String(r).padStart(12, '0')}`, secret });
      const people: Socket[] = [];
      for (let batch = 0; batch < c.people; batch += 50) {
        const joined = await Promise.all(
          Array.from({ length: Math.min(50, c.people - batch) }, async (_, k) => {
            const s = new Socket(wsUrl, origin);
            await s.opened();
            const hello = await s.request({ t: 'hello', id: 'hello', code, client: `bench-room-${String(r).padStart(4, '0')}-person-${String(batch + k).padStart(6, '0')}`, nickname: `P${batch + k}` });
            if (hello.t !== 'ack' || !hello.ok) throw new Error(`join refused: ${JSON.stringify(hello)}`);
            const team = await s.request({ t: 'team', id: 'team', team: ['Red', 'Blue', 'Green'][(batch + k) % 3] ?? null });
            if (team.t !== 'ack' || !team.ok) throw new Error(`team refused: ${JSON.stringify(team)}`);
            return s;
          }),
        );
        people.push(...joined);
      }
      return { presenter, code, secret, people };
    }),
  );
  /** Every participant of a room answers at once; resolves when the board has shown them all. */
  const burst = (room: (typeof rooms)[number], step: number, choices: readonly string[]) =>
    new Promise<void>((done) => {
      const sentAt = new Map<string, number>();
      const seen = new Set<string>();
      room.presenter.onView = (v) => {
        if (v.step.no !== step) return;
        const now = performance.now();
        for (const p of v.participants) {
          if (!p.answered || seen.has(p.id)) continue;
          seen.add(p.id);
          const t = sentAt.get(p.nickname);
          if (t !== undefined) latencies.push(now - t);
        }
        if (v.answered === c.people) {
          lastSeen = Math.max(lastSeen, now);
          room.presenter.onView = null;
          done();
        }
      };
      room.people.forEach((s, k) => {
        const choice = choices[k % choices.length];
        const t = performance.now();
        firstSent = Math.min(firstSent, t);
        sentAt.set(`P${k}`, t);
        s.send({ t: 'answer', id: `a${step}`, step, choice });
        if (k % 10 === 0) {
          s.send({ t: 'answer', id: `a${step}`, step, choice }); // the same message again
          resent++;
        }
      });
    });
  let revealMaxMs = 0;
  /** Time spent in the bursts: from each question's first answer sent to its last shown on a board. */
  let burstMs = 0;
  for (const [round, question] of QUESTION_IDS.entries()) {
    const step = round + 1;
    const choices = QUESTIONS[question].choices as readonly string[];
    // Open the question in every room, wait until every board has said so.
    await Promise.all(rooms.map((room) => room.presenter.request({ t: 'advance', id: `ask-${step}`, secret: room.secret, to: { kind: 'question', question } })));
    await new Promise((r) => setTimeout(r, 200));
    firstSent = Infinity;
    lastSeen = 0;
    await Promise.all(rooms.map((room) => burst(room, step, choices)));
    burstMs += lastSeen - firstSent;
    // Reveal: each participant must be counted exactly once, with the engine's outcome.
    for (const room of rooms) {
      const views: BoardView[] = [];
      room.presenter.onView = (v) => views.push(v);
      const t = performance.now();
      const ack = await room.presenter.request({ t: 'reveal', id: `reveal-${step}`, secret: room.secret, step });
      if (ack.t !== 'ack' || !ack.ok) throw new Error(`reveal refused: ${JSON.stringify(ack)}`);
      // The revealed view follows the acknowledgement; wait for it (at most 120 s: the first reveal of lesson 2 runs its scenarios).
      for (let waited = 0; waited < 120_000 && !views.some((v) => v.step.revealed && v.step.no === step); waited += 10) await new Promise((r) => setTimeout(r, 10));
      revealMaxMs = Math.max(revealMaxMs, performance.now() - t);
      const shown = views.find((v) => v.step.revealed && v.step.no === step)?.step;
      if (!shown?.outcome) throw new Error(`room ${room.code}: ${question} revealed without the engine's outcome`);
      const dist = shown.distribution ?? {};
      const counted = Object.values(dist).reduce((s, n) => s + n, 0);
      if (counted < c.people) lost += c.people - counted;
      if (counted > c.people) duplicated += counted - c.people;
      const expected = Object.fromEntries(choices.map((choice, i) => [choice, Math.ceil((c.people - i) / choices.length)]));
      if (choices.some((choice) => (dist[choice] ?? 0) !== expected[choice])) {
        throw new Error(`room ${room.code}: the revealed answers ${JSON.stringify(dist)} to ${question} are not the ones sent ${JSON.stringify(expected)}`);
      }
      room.presenter.onView = null;
    }
  }
  clearInterval(sampler);
  for (const room of rooms) {
    room.presenter.ws.terminate();
    for (const s of room.people) s.ws.terminate();
  }
  server.stop();
  const sorted = [...latencies].sort((a, b) => a - b);
  const answers = c.rooms * c.people * QUESTION_IDS.length;
  return {
    ...c,
    questions: QUESTION_IDS.length,
    revealMaxMs,
    answers,
    answersPerSecond: answers / (burstMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
    peakRssMb: peak,
    lost,
    duplicated,
    resent,
  };
}

export async function benchRoomLoad(): Promise<{ results: RoomLoadResult[]; markdown: string }> {
  const load = loadavg()[0] ?? NaN;
  const results = [await runCase({ rooms: 1, people: 500 }), await runCase({ rooms: 50, people: 30 })];
  const f = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const markdown = `## Room service: load over WebSockets

\`npm run bench -- room\` (bench/room-load.ts) on ${new Date().toISOString().slice(0, 10)}: \`genba serve --rooms-only\` in
its own process, simulated participants (ws clients) in the bench process, both on loopback on the
same 2 cores (${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} logical cores, Node ${process.version}).
Every participant joins with a team (the \`team\` message). In each room the presenter opens each
of the ${QUESTION_IDS.length} questions of lessons 1–4 in turn and every participant answers it at once; one in
ten sends the same answer message twice (same id, as a reconnecting phone does); then the
presenter reveals it with the engine's outcome (lessons 2–4 run their scenarios in the server's
challenge thread, once per process, started when the question opens). Latency is from an answer
sent to the presenter's board showing it; answers per second is all answers over the time spent
in the bursts (from each question's first answer sent to its last shown); slowest reveal is from
a reveal sent to the board showing the outcome; memory is the server's peak resident set.
Load average when it started: ${load.toFixed(1)} (the machine is shared: other jobs used the cores;
on a quiet machine the figures are better, and they vary by about ±30% from run to run at this load).

| case | answers | answers per second | p50 | p99 | max | slowest reveal | server peak memory | lost | duplicated (of ${results.map((r) => r.resent).join(' / ')} resent) |
|---|---|---|---|---|---|---|---|---|---|
${results.map((r) => `| ${r.rooms === 1 ? `1 room of ${r.people}` : `${r.rooms} rooms of ${r.people}`}, ${r.questions} questions | ${f(r.answers)} | **${f(r.answersPerSecond)}** | ${f(r.p50, 1)} ms | ${f(r.p99, 1)} ms | ${f(r.max, 1)} ms | ${f(r.revealMaxMs)} ms | ${f(r.peakRssMb)} MB | **${r.lost}** | **${r.duplicated}** |`).join('\n')}

Every answer is committed to SQLite (WAL) before it is acknowledged. A board gets at most one
view per 50 ms for answers and joins (the last change is always sent), so a burst of 500 answers
costs a few board views, not 500 (docs/room.md, "Beyond one machine", reads these figures).
`;
  return { results, markdown };
}
