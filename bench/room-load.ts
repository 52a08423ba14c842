/**
 * The room service under load (issue 17): simulated participants over WebSockets on loopback,
 * against `genba serve --rooms-only` in its own process (so its memory is its own). Cases:
 * one room of 500, and 50 rooms of 30 at once. In each room the presenter opens a question
 * and every participant answers at once (a burst, the worst case); 10% of them resend their
 * answer with the same message id, as a reconnecting phone would. Measured: answers per
 * second (answers / time from the first sent to the last seen on its board), latency from an
 * answer sent to the presenter's board showing it (p50, p99), the server's peak resident
 * memory, and lost or duplicated answers (the revealed distribution must count each
 * participant exactly once).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import type { BoardView, ServerMessage } from '../src/room/protocol.ts';

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
            return s;
          }),
        );
        people.push(...joined);
      }
      return { presenter, code, secret, people };
    }),
  );
  // Open a question in every room, wait until every board has said so.
  await Promise.all(rooms.map((room) => room.presenter.request({ t: 'advance', id: 'ask', secret: room.secret, to: { kind: 'question', question: 'batching.finish' } })));
  await new Promise((r) => setTimeout(r, 200));

  await Promise.all(
    rooms.map(
      (room) =>
        new Promise<void>((done) => {
          const sentAt = new Map<string, number>();
          const seen = new Set<string>();
          const byNick = new Map<string, number>();
          room.presenter.onView = (v) => {
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
            const choice = ['batch', 'flow', 'same'][k % 3];
            const t = performance.now();
            firstSent = Math.min(firstSent, t);
            sentAt.set(`P${k}`, t);
            byNick.set(`P${k}`, k);
            s.send({ t: 'answer', id: 'a1', step: 1, choice });
            if (k % 10 === 0) {
              s.send({ t: 'answer', id: 'a1', step: 1, choice }); // the same message again
              resent++;
            }
          });
        }),
    ),
  );
  // Reveal: each participant must be counted exactly once.
  for (const room of rooms) {
    const views: BoardView[] = [];
    room.presenter.onView = (v) => views.push(v);
    await room.presenter.request({ t: 'reveal', id: 'reveal', secret: room.secret, step: 1 });
    // The revealed view follows the acknowledgement; wait for it (at most 10 s).
    for (let waited = 0; waited < 10_000 && !views.some((v) => v.step.revealed); waited += 10) await new Promise((r) => setTimeout(r, 10));
    const dist = views.find((v) => v.step.revealed)?.step.distribution ?? {};
    const counted = Object.values(dist).reduce((s, n) => s + n, 0);
    if (counted < c.people) lost += c.people - counted;
    if (counted > c.people) duplicated += counted - c.people;
    const expected = { batch: Math.ceil(c.people / 3), flow: Math.ceil((c.people - 1) / 3), same: Math.ceil((c.people - 2) / 3) };
    if (dist.batch !== expected.batch || dist.flow !== expected.flow || dist.same !== expected.same) {
      throw new Error(`room ${room.code}: the revealed answers ${JSON.stringify(dist)} are not the ones sent ${JSON.stringify(expected)}`);
    }
  }
  clearInterval(sampler);
  for (const room of rooms) {
    room.presenter.ws.terminate();
    for (const s of room.people) s.ws.terminate();
  }
  server.stop();
  const sorted = [...latencies].sort((a, b) => a - b);
  const answers = c.rooms * c.people;
  return {
    ...c,
    answers,
    answersPerSecond: answers / ((lastSeen - firstSent) / 1000),
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
same 2 cores. In each room the presenter opens a question and every participant answers at once;
one in ten sends the same answer message twice (same id, as a reconnecting phone does). Latency is
from an answer sent to the presenter's board showing it; answers per second is all answers over
the time from the first sent to the last shown; memory is the server's peak resident set.
Load average when it started: ${load.toFixed(1)} (other jobs shared the cores; on a quiet machine the
figures are better, and they vary by about ±30% from run to run at this load).

| case | answers | answers per second | p50 | p99 | max | server peak memory | lost | duplicated (of ${results.map((r) => r.resent).join(' / ')} resent) |
|---|---|---|---|---|---|---|---|---|
${results.map((r) => `| ${r.rooms === 1 ? `1 room of ${r.people}` : `${r.rooms} rooms of ${r.people}`} | ${f(r.answers)} | **${f(r.answersPerSecond)}** | ${f(r.p50, 1)} ms | ${f(r.p99, 1)} ms | ${f(r.max, 1)} ms | ${f(r.peakRssMb)} MB | **${r.lost}** | **${r.duplicated}** |`).join('\n')}

Every answer is committed to SQLite (WAL) before it is acknowledged. A board gets at most one
view per 50 ms for answers and joins (the last change is always sent), so a burst of 500 answers
costs a few board views, not 500 (docs/room.md, "Beyond one machine", reads these figures).
`;
  return { results, markdown };
}
