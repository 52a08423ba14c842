import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomClient, type KeyValueStore, type SocketLike } from './client.ts';
import type { ClientMessage } from './protocol.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: ClientMessage[] = [];
  onopen: ((e: unknown) => void) | null = null;
  onclose: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  send(text: string): void {
    this.sent.push(JSON.parse(text) as ClientMessage);
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  reply(m: unknown): void {
    this.onmessage?.({ data: JSON.stringify(m) });
  }
  /** Acknowledges the hello this socket sent. */
  welcome(): void {
    const hello = this.sent.find((m) => m.t === 'hello');
    this.reply({ t: 'ack', id: hello?.id, ok: true });
  }
}

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

let sockets: FakeSocket[];
let store: MemoryStore;
const statuses: string[] = [];

function client(extra: Partial<ConstructorParameters<typeof RoomClient>[0]> = {}) {
  return new RoomClient({
    url: 'ws://x/api/room',
    code: 'K7M9QX',
    device: 'device-key-000000000000',
    nickname: 'Aiko',
    storage: store,
    createSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    },
    onView: () => undefined,
    onStatus: (s) => statuses.push(s),
    random: () => 0.5,
    ...extra,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  store = new MemoryStore();
  statuses.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('room client', () => {
  it('says hello first, then sends the outbox; drops a message only when it is acknowledged', () => {
    const c = client();
    c.connect();
    const s = sockets[0]!;
    const id = c.send({ t: 'answer', step: 1, choice: 'batch' });
    expect(s.sent, 'nothing before the socket opens').toEqual([]);
    s.open();
    expect(s.sent.map((m) => m.t)).toEqual(['hello']);
    expect(s.sent[0]).toMatchObject({ code: 'K7M9QX', client: 'device-key-000000000000', nickname: 'Aiko' });
    s.welcome();
    expect(s.sent.map((m) => m.t)).toEqual(['hello', 'answer']);
    expect(c.pending().map((m) => m.id)).toEqual([id]);
    s.reply({ t: 'ack', id, ok: true });
    expect(c.pending()).toEqual([]);
    expect(store.map.size, 'outbox removed from storage').toBe(0);
  });

  it('reconnects by itself with a doubling backoff and resends what was not acknowledged, with the same id', () => {
    const c = client({ minDelay: 100, maxDelay: 1000 });
    c.connect();
    sockets[0]!.open();
    sockets[0]!.welcome();
    const id = c.send({ t: 'answer', step: 1, choice: 'flow' });
    sockets[0]!.close(); // the server went away before acknowledging
    expect(statuses.at(-1)).toBe('offline');
    // random() = 0.5 → factor 1: delays 100, 200, 400 ms …
    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.close(); // still down
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    const s = sockets[2]!;
    s.open();
    expect(s.sent[0], 'a rejoin needs no nickname').not.toHaveProperty('nickname');
    s.welcome();
    expect(s.sent.filter((m) => m.t === 'answer')).toEqual([{ t: 'answer', id, step: 1, choice: 'flow' }]);
  });

  it('keeps the outbox across a reload (a new client on the same storage)', () => {
    const first = client();
    const id = first.send({ t: 'answer', step: 2, choice: 'same' });
    first.close();
    const second = client();
    second.connect();
    sockets[0]!.open();
    sockets[0]!.welcome();
    expect(sockets[0]!.sent.filter((m) => m.t === 'answer').map((m) => m.id)).toEqual([id]);
  });

  it('keeps a message refused for now (rate, busy), drops one refused for good', () => {
    const c = client();
    c.connect();
    sockets[0]!.open();
    sockets[0]!.welcome();
    const later = c.send({ t: 'submit', step: 3, transferBatch: 5, moveTime: 0.5 });
    const never = c.send({ t: 'answer', step: 3, choice: 'batch' });
    sockets[0]!.reply({ t: 'ack', id: later, ok: false, error: 'busy: try again', final: false });
    sockets[0]!.reply({ t: 'ack', id: never, ok: false, error: 'step: no question is open', final: true });
    expect(c.pending().map((m) => m.id)).toEqual([later]);
  });

  it('stops when removed', () => {
    const c = client();
    c.connect();
    sockets[0]!.open();
    sockets[0]!.welcome();
    sockets[0]!.reply({ t: 'error', error: 'removed' });
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(statuses).toContain('removed');
  });
});
