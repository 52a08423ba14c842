import { afterEach, describe, expect, it } from 'vitest';
import type { BoardView, ClientMessage, ServerMessage, TraineeView } from '../room/protocol.ts';
import { participantIdOf, RoomService, type Connection } from './rooms.ts';
import { RoomStore } from './store.ts';
import type { ChallengeFigures, ChallengeRequest } from '../room/challenge-scenario.ts';

class FakeConn implements Connection {
  sent: ServerMessage[] = [];
  code?: string;
  role?: 'presenter' | 'trainee';
  participant?: string;
  send(m: ServerMessage): void {
    this.sent.push(m);
  }
  ack(id: string) {
    return this.sent.find((m) => m.t === 'ack' && m.id === id);
  }
  lastView<V extends BoardView | TraineeView>(): V {
    const views = this.sent.filter((m) => m.t === 'view');
    const last = views[views.length - 1];
    if (!last || last.t !== 'view') throw new Error('no view sent');
    return last.view as V;
  }
}

/**
 * Stand-in engine, figures worked by hand: lesson 1, lead time = batch × 10; lesson 3,
 * expected profit = initial × 2 and a loss in 1/periods of markets (0 without a commitment);
 * lesson 4, throughput = 0.1 × cap (at most 0.8), WIP = cap − 1; lesson 2, lead time = 200 − 30 × fixes.
 */
function standIn(p: ChallengeRequest): ChallengeFigures {
  if (p.kind === 'batching') return { kind: 'batching', leadTime: p.transferBatch * 10, makespan: p.transferBatch * 20 };
  if (p.kind === 'kaizen') return { kind: 'kaizen', leadTime: 200 - 30 * p.fixes.length, wip: 10 };
  if (p.kind === 'launch') return { kind: 'launch', meanProfit: p.initial * 2, probLoss: p.periods === 0 ? 0 : 1 / p.periods };
  return { kind: 'pull', throughput: Math.min(0.8, 0.1 * p.wipCap), wip: p.wipCap - 1 };
}

const tick = () => new Promise((r) => setImmediate(r));
const key = (n: number) => `device-key-${String(n).padStart(12, '0')}`;

let store: RoomStore;
let service: RoomService;
const rejected: string[] = [];

async function setUp(now = () => 1_000_000) {
  store = new RoomStore(null);
  rejected.length = 0;
  // The challenge run here is a stand-in whose figure is the batch size × 10 (worked by hand below).
  service = new RoomService({
    store,
    now,
    runChallenge: async (p) => standIn(p),
    onReject: (reason) => rejected.push(reason),
  });
  const presenter = new FakeConn();
  await service.handle(presenter, { t: 'create', id: 'c1', client: key(0) });
  const created = presenter.ack('c1');
  if (!created || created.t !== 'ack' || !created.ok || !created.code || !created.secret) throw new Error('no room');
  const { code, secret } = created;
  await service.handle(presenter, { t: 'hello', id: 'h0', code, client: key(0), secret });
  return { presenter, code, secret };
}

async function join(code: string, n: number, nickname: string) {
  const c = new FakeConn();
  await service.handle(c, { t: 'hello', id: `h${n}`, code, client: key(n), nickname });
  return c;
}

afterEach(() => {
  service.close();
  store.close();
});

describe('room service', () => {
  it('counts answers, hides them until the reveal, then shows the distribution and the engine outcome', async () => {
    const { presenter, code, secret } = await setUp();
    const [a, b, c] = [await join(code, 1, 'Aiko'), await join(code, 2, 'Ben'), await join(code, 3, 'Chen')];
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'question', question: 'batching.finish' } });
    expect(a.lastView<TraineeView>().step).toMatchObject({ no: 1, kind: 'question', question: 'batching.finish' });
    await service.handle(a, { t: 'answer', id: 'a1', step: 1, choice: 'batch' });
    await service.handle(b, { t: 'answer', id: 'b1', step: 1, choice: 'batch' });
    await tick();
    let board = presenter.lastView<BoardView>();
    expect(board.answered, '2 of 3 answered').toBe(2);
    expect(board.total).toBe(3);
    expect(board.participants.every((p) => p.answer === undefined), 'answers hidden before the reveal').toBe(true);
    expect(board.step.distribution).toBeUndefined();
    await service.handle(presenter, { t: 'reveal', id: 'p2', secret, step: 1 });
    board = presenter.lastView<BoardView>();
    expect(board.step.distribution).toEqual({ batch: 2, flow: 0, same: 0 });
    expect(board.step.revealed && board.step.closed).toBe(true);
    expect(board.step.outcome?.choice, 'the engine: one-piece flow finishes the order first').toBe('flow');
    expect(board.participants.find((p) => p.nickname === 'Chen')).toMatchObject({ answered: false });
    expect(c.lastView<TraineeView>().step.revealed, 'phones see the reveal').toBe(true);
    await service.handle(c, { t: 'answer', id: 'c1', step: 1, choice: 'flow' });
    expect(c.ack('c1')).toMatchObject({ ok: false, error: 'step: the question is closed' });
  });

  it('makes a resent message idempotent: the same ack, one answer', async () => {
    const { presenter, code, secret } = await setUp();
    const a = await join(code, 1, 'Aiko');
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'question', question: 'batching.first' } });
    await service.handle(a, { t: 'answer', id: 'x', step: 1, choice: 'flow' });
    await service.handle(a, { t: 'answer', id: 'y', step: 1, choice: 'batch' });
    // The first message arrives again (a resend after a reconnect): it must not undo the second.
    await service.handle(a, { t: 'answer', id: 'x', step: 1, choice: 'flow' });
    const acks = a.sent.filter((m) => m.t === 'ack' && m.id === 'x');
    expect(acks).toEqual([{ t: 'ack', id: 'x', ok: true }, { t: 'ack', id: 'x', ok: true }]);
    expect([...store.answers(code, 1)]).toEqual([[participantIdOf(code, key(1)), 'batch']]);
    expect(store.counts().answers).toBe(1);
  });

  it('refuses presenter commands without the secret, and stores nothing', async () => {
    const { code } = await setUp();
    const a = await join(code, 1, 'Mallory');
    const before = store.counts();
    const forged: ClientMessage[] = [
      { t: 'advance', id: 'f1', secret: 'F'.repeat(43), to: { kind: 'lobby' } },
      { t: 'reveal', id: 'f2', secret: 'F'.repeat(43), step: 0 },
      { t: 'remove', id: 'f3', secret: 'F'.repeat(43), participant: '0123456789abcdef' },
    ];
    for (const m of forged) await service.handle(a, m);
    expect(a.sent.filter((m) => m.t === 'ack' && !m.ok).length).toBe(3);
    expect(rejected.filter((r) => r.startsWith('secret:')).length).toBe(3);
    expect(store.counts()).toEqual(before);
    expect(store.room(code)?.step.no, 'the room did not move').toBe(0);
  });

  it('ranks challenge submissions by the server-computed lead time and marks who beats the target', async () => {
    const { presenter, code, secret } = await setUp();
    const a = await join(code, 1, 'Aiko');
    const b = await join(code, 2, 'Ben');
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', target: 45 } });
    await service.handle(a, { t: 'submit', id: 's1', step: 1, transferBatch: 5, moveTime: 0.5 });
    await service.handle(b, { t: 'submit', id: 's2', step: 1, transferBatch: 2, moveTime: 0.5 });
    await tick();
    const board = presenter.lastView<BoardView>();
    // Stand-in engine: lead time = batch × 10 → Ben 20, Aiko 50; target 45.
    expect(board.ranking.map((r) => [r.nickname, r.challenge === 'batching' ? r.leadTime : null, r.beats])).toEqual([
      ['Ben', 20, true],
      ['Aiko', 50, false],
    ]);
  });

  it('closes a question when its timer runs out; late answers are refused', async () => {
    let now = 1_000_000;
    const { presenter, code, secret } = await setUp(() => now);
    const a = await join(code, 1, 'Aiko');
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'question', question: 'batching.finish', seconds: 30 } });
    expect(store.room(code)?.step.closesAt).toBe(1_030_000);
    now = 1_030_000;
    await service.handle(a, { t: 'answer', id: 'a1', step: 1, choice: 'flow' });
    expect(a.ack('a1')).toMatchObject({ ok: false, error: 'step: the question is closed' });
  });

  it('keeps a participant across reconnects (same device key) and lets the presenter remove one', async () => {
    const { presenter, code, secret } = await setUp();
    const first = await join(code, 1, 'Aiko');
    const again = new FakeConn();
    await service.handle(again, { t: 'hello', id: 'h1b', code, client: key(1) });
    expect(again.participant).toBe(first.participant);
    expect(store.participants(code)).toHaveLength(1);
    await service.handle(presenter, { t: 'remove', id: 'p9', secret, participant: first.participant ?? '' });
    expect(again.sent.at(-1)).toEqual({ t: 'error', error: 'removed' });
    const back = new FakeConn();
    await service.handle(back, { t: 'hello', id: 'h1c', code, client: key(1), nickname: 'Aiko' });
    expect(back.ack('h1c')).toMatchObject({ ok: false, error: 'you were removed from this room' });
  });

  it('deletes rooms idle for 12 hours', async () => {
    let now = 1_000_000;
    const { code } = await setUp(() => now);
    now += 12 * 3600 * 1000 + 1;
    expect(service.expire()).toEqual([code]);
    expect(store.counts()).toMatchObject({ rooms: 0, participants: 0 });
  });

  it('lesson 3: ranks launch strategies by the server’s figures, those within the target and the loss cap first', async () => {
    const { presenter, code, secret } = await setUp();
    const [a, b, c] = [await join(code, 1, 'Aiko'), await join(code, 2, 'Ben'), await join(code, 3, 'Chen')];
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', challenge: 'launch', target: 1000, lossCap: 0.4 } });
    expect(a.lastView<TraineeView>().step).toMatchObject({ kind: 'challenge', challenge: 'launch', target: 1000, lossCap: 0.4 });
    // Stand-in: profit = 2 × initial, loss in 1/periods of markets.
    await service.handle(a, { t: 'submit', id: 's1', step: 1, launch: { initial: 600, rate: 100, periods: 2 } }); // 1200, 0.5: over the cap
    await service.handle(b, { t: 'submit', id: 's2', step: 1, launch: { initial: 550, rate: 0, periods: 0 } }); // 1100, 0: beats
    await service.handle(c, { t: 'submit', id: 's3', step: 1, launch: { initial: 520, rate: 100, periods: 4 } }); // 1040, 0.25: beats
    await tick();
    const board = presenter.lastView<BoardView>();
    expect(board.ranking.map((r) => (r.challenge === 'launch' ? [r.nickname, r.meanProfit, r.probLoss, r.beats] : null))).toEqual([
      ['Ben', 1100, 0, true],
      ['Chen', 1040, 0.25, true],
      ['Aiko', 1200, 0.5, false],
    ]);
  });

  it('lesson 4: the smallest WIP cap that keeps the throughput wins', async () => {
    const { presenter, code, secret } = await setUp();
    const [a, b, c] = [await join(code, 1, 'Aiko'), await join(code, 2, 'Ben'), await join(code, 3, 'Chen')];
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', challenge: 'pull', target: 0.6 } });
    // Stand-in: throughput = 0.1 × cap, at most 0.8.
    await service.handle(a, { t: 'submit', id: 's1', step: 1, wipCap: 10 }); // 0.8: beats
    await service.handle(b, { t: 'submit', id: 's2', step: 1, wipCap: 6 }); // 0.6: beats, smaller
    await service.handle(c, { t: 'submit', id: 's3', step: 1, wipCap: 3 }); // 0.3: short of the target
    await tick();
    const board = presenter.lastView<BoardView>();
    expect(board.ranking.map((r) => (r.challenge === 'pull' ? [r.nickname, r.wipCap, r.beats] : null))).toEqual([
      ['Ben', 6, true],
      ['Aiko', 10, true],
      ['Chen', 3, false],
    ]);
  });

  it('lesson 2: below the target with the fewest fixes wins', async () => {
    const { presenter, code, secret } = await setUp();
    const [a, b, c] = [await join(code, 1, 'Aiko'), await join(code, 2, 'Ben'), await join(code, 3, 'Chen')];
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', challenge: 'kaizen', target: 150 } });
    // Stand-in: lead time = 200 − 30 × fixes: 3 fixes 110, 2 fixes 140, 1 fix 170 (above 150).
    await service.handle(a, { t: 'submit', id: 's1', step: 1, fixes: ['check', 'smed', 'label'] });
    await service.handle(b, { t: 'submit', id: 's2', step: 1, fixes: ['process-batch', 'quick-change'] });
    await service.handle(c, { t: 'submit', id: 's3', step: 1, fixes: ['smed'] });
    await tick();
    const board = presenter.lastView<BoardView>();
    expect(board.ranking.map((r) => (r.challenge === 'kaizen' ? [r.nickname, r.fixes, r.leadTime, r.beats] : null))).toEqual([
      ['Ben', ['quick-change', 'process-batch'], 140, true],
      ['Aiko', ['smed', 'check', 'label'], 110, true],
      ['Chen', ['smed'], 170, false],
    ]);
  });

  it('refuses parameters of another challenge and any figure sent by a phone; nothing is stored', async () => {
    const { presenter, code, secret } = await setUp();
    const a = await join(code, 1, 'Mallory');
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', challenge: 'pull', target: 0.6 } });
    const before = store.counts();
    await service.handle(a, { t: 'submit', id: 'x1', step: 1, transferBatch: 1, moveTime: 0 });
    expect(a.ack('x1')).toMatchObject({ ok: false, error: "submit: these parameters are not the open challenge's, which needs wipCap" });
    // A forged figure cannot even be said: the schema has no such field (the server parses every frame with it).
    const { parseClientFrame } = await import('../room/protocol.ts');
    for (const forged of [
      { t: 'submit', id: 'x2', step: 1, wipCap: 2, throughput: 99 },
      { t: 'submit', id: 'x3', step: 1, wipCap: 2, beats: true },
      { t: 'submit', id: 'x4', step: 1, launch: { initial: 1, rate: 0, periods: 0, meanProfit: 1e9 } },
      { t: 'submit', id: 'x5', step: 1, transferBatch: 1, moveTime: 0, leadTime: 0.001 },
      { t: 'submit', id: 'x6', step: 1, wipCap: 2, launch: { initial: 1, rate: 0, periods: 0 } },
    ]) {
      const parsed = parseClientFrame(JSON.stringify(forged));
      expect(parsed.ok, JSON.stringify(forged)).toBe(false);
    }
    expect(store.counts()).toEqual(before);
  });

  it('teams: chosen on joining or later, listed by the presenter, ranked side by side; a participant cannot set the list', async () => {
    const { presenter, code, secret } = await setUp();
    await service.handle(presenter, { t: 'teams', id: 'p0', secret, teams: ['Red', 'Blue', 'Red'] });
    const a = new FakeConn();
    await service.handle(a, { t: 'hello', id: 'h1', code, client: key(1), nickname: 'Aiko', team: 'Red' });
    expect(a.lastView<TraineeView>()).toMatchObject({ you: { nickname: 'Aiko', team: 'Red' }, teams: ['Red', 'Blue'] });
    const b = await join(code, 2, 'Ben');
    const c = await join(code, 3, 'Chen');
    await service.handle(b, { t: 'team', id: 't1', team: 'Red' });
    await service.handle(c, { t: 'team', id: 't2', team: '<img src=x onerror=alert(1)>' });
    expect(b.lastView<TraineeView>().you.team).toBe('Red');
    // A participant's forged list is refused (no secret: not even parseable as teams).
    await service.handle(c, { t: 'teams', id: 't3', secret: 'F'.repeat(43), teams: ['Mine'] });
    expect(c.ack('t3')).toMatchObject({ ok: false });
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'challenge', target: 45 } });
    await service.handle(a, { t: 'submit', id: 's1', step: 1, transferBatch: 5, moveTime: 0.5 }); // 50
    await service.handle(b, { t: 'submit', id: 's2', step: 1, transferBatch: 2, moveTime: 0.5 }); // 20
    await service.handle(c, { t: 'submit', id: 's3', step: 1, transferBatch: 3, moveTime: 0.5 }); // 30
    await tick();
    const board = presenter.lastView<BoardView>();
    expect(board.teams).toEqual(['Red', 'Blue']);
    expect(board.participants.map((p) => [p.nickname, p.team]).sort()).toEqual([
      ['Aiko', 'Red'],
      ['Ben', 'Red'],
      ['Chen', '<img src=x onerror=alert(1)>'],
    ]);
    expect(board.teamRanking.map((t) => [t.team, t.members, t.submitted, t.best?.nickname ?? null])).toEqual([
      ['Red', 2, 2, 'Ben'],
      ['<img src=x onerror=alert(1)>', 1, 1, 'Chen'],
      ['Blue', 0, 0, null],
    ]);
    // Leaving a team.
    await service.handle(c, { t: 'team', id: 't4', team: null });
    expect(store.participants(code).find((p) => p.nickname === 'Chen')?.team).toBeUndefined();
  });

  it('reveals a lesson 3 question with the engine’s outcome, asked for once', async () => {
    const asked: string[] = [];
    store = new RoomStore(null);
    service = new RoomService({
      store,
      now: () => 1_000_000,
      runChallenge: async (p) => standIn(p),
      outcome: async (q) => (asked.push(q), { choice: 'pilot', by: 5, unit: 'money', figures: { forecast: 1, pilot: 6, halfWidth: 2 } }),
    });
    const presenter = new FakeConn();
    await service.handle(presenter, { t: 'create', id: 'c1', client: key(0) });
    const created = presenter.ack('c1');
    if (!created || created.t !== 'ack' || !created.ok || !created.code || !created.secret) throw new Error('no room');
    const { code, secret } = created;
    await service.handle(presenter, { t: 'hello', id: 'h0', code, client: key(0), secret });
    const a = await join(code, 1, 'Aiko');
    await service.handle(presenter, { t: 'advance', id: 'p1', secret, to: { kind: 'question', question: 'launch.earns-more' } });
    await service.handle(a, { t: 'answer', id: 'a1', step: 1, choice: 'forecast' });
    await service.handle(presenter, { t: 'reveal', id: 'p2', secret, step: 1 });
    const step = presenter.lastView<BoardView>().step;
    expect(step.distribution).toEqual({ forecast: 1, pilot: 0, same: 0 });
    expect(step.outcome).toEqual({ choice: 'pilot', by: 5, unit: 'money', figures: { forecast: 1, pilot: 6, halfWidth: 2 } });
    expect(asked, 'computed when asked, reused at the reveal').toEqual(['launch.earns-more']);
  });
});
