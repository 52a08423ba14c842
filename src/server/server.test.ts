/**
 * The real server on a loopback port, driven by hostile clients over WebSockets: malformed and
 * oversized frames, forged presenter commands, floods, prototype-pollution payloads. Each is
 * refused, logged, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startServer, type RunningServer } from './server.ts';
import { ROOM_LIMITS, type ServerMessage } from '../room/protocol.ts';

let server: RunningServer;
const log: string[] = [];
let origin = '';
let wsUrl = '';

beforeAll(async () => {
  server = await startServer({ dataDir: null, distDir: null, log: (l) => log.push(l), joinsPerMinute: 1000 });
  origin = server.url.slice(0, -1);
  wsUrl = `${server.url.replace('http', 'ws')}api/room`;
});
afterAll(async () => {
  await server.close();
});

class Client {
  readonly got: ServerMessage[] = [];
  closed: number | null = null;
  constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => this.got.push(JSON.parse(String(d)) as ServerMessage));
    ws.on('close', (code) => (this.closed = code));
  }
  static open(o = origin): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl, { origin: o });
      ws.on('open', () => resolve(new Client(ws)));
      ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.on('error', reject);
    });
  }
  send(value: unknown): void {
    this.ws.send(typeof value === 'string' ? value : JSON.stringify(value));
  }
  async reply(id: string, timeout = 3000): Promise<ServerMessage> {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      const m = this.got.find((x) => x.t === 'ack' && x.id === id);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no reply to ${id}`);
  }
}

const client = 'hostile-device-key-0000000';

async function room(): Promise<{ code: string; secret: string }> {
  const c = await Client.open();
  c.send({ t: 'create', id: 'c', client });
  const m = await c.reply('c');
  c.ws.close();
  if (m.t !== 'ack' || !m.ok || !m.code || !m.secret) throw new Error('no room');
  return { code: m.code, secret: m.secret };
}

describe('room server', () => {
  it('answers the health check', async () => {
    const res = await fetch(`${server.url}api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, service: 'genba-rooms' });
  });

  it('refuses a WebSocket from another origin, and logs it', async () => {
    const before = server.stats.rejected;
    await expect(Client.open('https://evil.example')).rejects.toThrow('HTTP 403');
    expect(server.stats.rejected).toBe(before + 1);
    expect(log.at(-1)).toContain('origin: https://evil.example');
  });

  it('refuses malformed frames, forged presenter commands and pollution payloads; nothing is stored', async () => {
    const { code } = await room();
    const c = await Client.open();
    c.send({ t: 'hello', id: 'h', code, client: 'mallory-device-key-000000', nickname: 'Mallory' });
    expect(await c.reply('h')).toMatchObject({ ok: true });
    const before = server.store.counts();
    const rejectedBefore = server.stats.rejected;
    const hostile: [string, unknown][] = [
      ['m1', '{"t":"answer","id":"m1",'],
      ['m2', { t: 'answer', id: 'm2', step: 0, choice: 'batch', extra: true }],
      ['m3', { t: 'advance', id: 'm3', secret: 'x'.repeat(43), to: { kind: 'question', question: 'batching.finish' } }],
      ['m4', { t: 'reveal', id: 'm4', secret: 'x'.repeat(43), step: 0 }],
      ['m5', { t: 'remove', id: 'm5', secret: 'x'.repeat(43), participant: '0123456789abcdef' }],
      ['m6', '{"t":"answer","id":"m6","step":1,"choice":"batch","__proto__":{"polluted":true}}'],
      ['m7', '{"t":"advance","id":"m7","secret":"' + 'x'.repeat(43) + '","to":{"kind":"lobby","constructor":{"prototype":{"polluted":true}}}}'],
      ['m8', { t: 'answer', id: 'm8', step: 0, choice: 'batch' }],
    ];
    for (const [, frame] of hostile) c.send(frame);
    await new Promise((r) => setTimeout(r, 300));
    // m1 is not JSON, so it has no id to answer: an error frame instead.
    expect(c.got.some((m) => m.t === 'error' && m.error === 'frame: not JSON')).toBe(true);
    for (const [id] of hostile.slice(1)) expect(await c.reply(id), id).toMatchObject({ ok: false });
    expect(server.stats.rejected - rejectedBefore).toBe(hostile.length);
    expect(server.store.counts()).toEqual(before);
    expect(server.store.room(code)?.step.no, 'the room did not move').toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(log.slice(-hostile.length).every((l) => !l.includes('x'.repeat(43))), 'the secret tried is not logged').toBe(true);
    c.ws.close();
  });

  it('team names are text (the XSS corpus of the link tests) and forged figures or outcomes are refused; nothing of them is stored', async () => {
    const { code, secret } = await room();
    const presenter = await Client.open();
    presenter.send({ t: 'hello', id: 'p', code, client, secret });
    await presenter.reply('p');
    presenter.send({ t: 'advance', id: 'p1', secret, to: { kind: 'challenge', challenge: 'pull', target: 0.5 } });
    await presenter.reply('p1');
    const c = await Client.open();
    c.send({ t: 'hello', id: 'h', code, client: 'teamer-device-key-0000000', nickname: 'Mallory' });
    expect(await c.reply('h')).toMatchObject({ ok: true });
    const corpus = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      "'><iframe src=javascript:alert(1)>",
      '<a href="javascript:alert(1)">x</a>',
      '{{constructor.constructor("alert(1)")()}}',
      '${alert(1)}',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<details open ontoggle=alert(1)>',
      '&lt;b&gt;bold&lt;/b&gt; <b>bold</b>',
    ];
    for (const [i, name] of corpus.entries()) {
      c.send({ t: 'team', id: `t${i}`, team: name });
      const ack = await c.reply(`t${i}`);
      if (name.length <= ROOM_LIMITS.maxTeamName) {
        expect(ack, name).toMatchObject({ ok: true });
        expect(server.store.participants(code)[0]?.team, 'stored exactly as typed').toBe(name);
      } else {
        expect(ack, name).toMatchObject({ ok: false, error: expect.stringMatching(/^team: /) as unknown });
      }
    }
    const before = server.store.counts();
    const teamBefore = server.store.participants(code)[0]?.team;
    const rejectedBefore = server.stats.rejected;
    const hostile: [string, unknown][] = [
      ['x1', { t: 'team', id: 'x1', team: 'Red\u0000' }],
      ['x2', { t: 'team', id: 'x2', team: '   ' }],
      ['x3', { t: 'teams', id: 'x3', secret: 'x'.repeat(43), teams: ['Mine'] }],
      ['x4', { t: 'teams', id: 'x4', secret, teams: Array.from({ length: ROOM_LIMITS.maxTeams + 1 }, (_, i) => `T${i}`) }],
      ['x5', { t: 'submit', id: 'x5', step: 1, wipCap: 2, throughput: 99, wip: 0 }],
      ['x6', { t: 'submit', id: 'x6', step: 1, wipCap: 2, beats: true }],
      ['x7', { t: 'submit', id: 'x7', step: 1, launch: { initial: 1, rate: 0, periods: 0, meanProfit: 1e12, probLoss: 0 } }],
      ['x8', { t: 'submit', id: 'x8', step: 1, transferBatch: 1, moveTime: 0, leadTime: 0.001 }],
      ['x9', { t: 'reveal', id: 'x9', secret, step: 1, outcome: { choice: 'flow', by: 1, unit: 'minute' } }],
      ['x10', { t: 'advance', id: 'x10', secret, to: { kind: 'question', question: 'launch.earns-more', outcome: { choice: 'forecast', by: 1, unit: 'money' } } }],
      ['x11', { t: 'answer', id: 'x11', step: 1, choice: 'pull', distribution: { pull: 1000 } }],
      ['x12', '{"t":"team","id":"x12","team":"Red","__proto__":{"polluted":true}}'],
      ['x13', { t: 'submit', id: 'x13', step: 1, wipCap: 2.5 }],
      ['x14', { t: 'submit', id: 'x14', step: 1, launch: { initial: -1, rate: 0, periods: 0 } }],
    ];
    for (const [, frame] of hostile) (frame as { secret?: string }).secret === secret ? presenter.send(frame) : c.send(frame);
    for (const [id, frame] of hostile) expect(await ((frame as { secret?: string }).secret === secret ? presenter : c).reply(id), id).toMatchObject({ ok: false });
    expect(server.stats.rejected - rejectedBefore).toBe(hostile.length);
    expect(server.store.counts()).toEqual(before);
    expect(server.store.participants(code)[0]?.team).toBe(teamBefore);
    expect(server.store.room(code)?.teams).toEqual([]);
    expect(server.store.room(code)?.step).toMatchObject({ no: 1, kind: 'challenge', challenge: 'pull' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    c.ws.close();
    presenter.ws.close();
  });

  it('closes the connection on an oversized frame', async () => {
    const c = await Client.open();
    c.send({ t: 'create', id: 'big', client: 'x'.repeat(ROOM_LIMITS.maxFrameBytes + 10) });
    await new Promise((r) => setTimeout(r, 300));
    expect(c.closed, '1009: message too big').toBe(1009);
    expect(log.some((l) => l.includes('socket:'))).toBe(true);
  });

  it('rate-limits a flood: the burst passes, the rest is refused, and a client that keeps on is cut off', async () => {
    const { code } = await room();
    const c = await Client.open();
    c.send({ t: 'hello', id: 'h', code, client: 'flooder-device-key-000000', nickname: 'Flood' });
    await c.reply('h');
    const before = server.store.counts();
    for (let i = 0; i < 300; i++) c.send({ t: 'answer', id: `f${i}`, step: 0, choice: 'batch' });
    await new Promise((r) => setTimeout(r, 500));
    const rate = c.got.filter((m) => m.t === 'error' && m.error.startsWith('rate:')).length;
    const passed = c.got.filter((m) => m.t === 'ack' && m.id.startsWith('f')).length;
    // The burst (40) and what refills while the frames arrive reach the room (and are refused there: step 0 is the lobby).
    expect(passed, "the hello took one token").toBeGreaterThanOrEqual(ROOM_LIMITS.messageBurst - 1);
    expect(passed).toBeLessThan(ROOM_LIMITS.messageBurst + 10);
    expect(rate).toBeGreaterThan(50);
    expect(c.closed, '1008: policy violation').toBe(1008);
    expect(server.store.counts()).toEqual(before);
  });

  it('rate-limits joins per address', async () => {
    const limited = await startServer({ dataDir: null, distDir: null, log: () => undefined, joinsPerMinute: 40 });
    try {
      const url = `${limited.url.replace('http', 'ws')}api/room`;
      const ws = new WebSocket(url, { origin: limited.url.slice(0, -1) });
      const got: ServerMessage[] = [];
      ws.on('message', (d) => got.push(JSON.parse(String(d)) as ServerMessage));
      await new Promise((r) => ws.on('open', r));
      // Burst of 10 (40/4), within the 20-message connection burst: 10 creates pass, 5 are refused.
      for (let i = 0; i < 15; i++) ws.send(JSON.stringify({ t: 'create', id: `c${i}`, client }));
      await new Promise((r) => setTimeout(r, 300));
      const refused = got.filter((m) => m.t === 'ack' && !m.ok && m.error.startsWith('rate: too many joins'));
      expect(refused).toHaveLength(5);
      expect(limited.store.counts().rooms).toBe(10);
      ws.close();
    } finally {
      await limited.close();
    }
  });
});
