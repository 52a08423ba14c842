/**
 * The room's client side of the protocol (docs/room.md): one WebSocket, reconnected by itself
 * with backoff; every message goes through an outbox kept in localStorage, sent after `hello`
 * on each connection and dropped only when the server acknowledges it, so an answer given
 * while the server is down (or the page is reloaded) arrives once, later. No DOM: the socket
 * and the storage are passed in, so tests drive it with fakes.
 */
import type { BoardView, ClientMessage, Outgoing, ServerMessage, TraineeView } from './protocol.ts';

export interface SocketLike {
  readyState: number;
  send(text: string): void;
  close(): void;
  onopen: ((e: unknown) => void) | null;
  onclose: ((e: unknown) => void) | null;
  onerror: ((e: unknown) => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type RoomStatus = 'connecting' | 'online' | 'offline' | 'removed' | 'expired' | 'refused';

export interface RoomClientOptions {
  readonly url: string;
  readonly code: string;
  readonly device: string;
  readonly secret?: string;
  readonly nickname?: string;
  /** The team chosen when joining (sent with the first hello only, like the nickname). */
  readonly team?: string;
  readonly storage: KeyValueStore | null;
  readonly createSocket: (url: string) => SocketLike;
  readonly onView: (view: BoardView | TraineeView) => void;
  readonly onStatus: (status: RoomStatus, detail?: string) => void;
  /** Every acknowledgement of a message from the outbox (ok or refused). */
  readonly onAck?: (ack: Extract<ServerMessage, { t: 'ack' }>, sent: ClientMessage | undefined) => void;
  /** Backoff: first delay and ceiling, ms. */
  readonly minDelay?: number;
  readonly maxDelay?: number;
  readonly random?: () => number;
}

const OPEN = 1;
let counter = 0;

/**
 * A uniform number in [0, 1) from the platform's cryptographic generator (Web Crypto in the
 * browser and in Node): message ids and reconnection jitter are not simulation, so they do
 * not come from the seeded streams; they need unpredictable values, not reproducible ones.
 */
export function cryptoRandom(): number {
  const word = new Uint32Array(1);
  globalThis.crypto.getRandomValues(word);
  return (word[0] as number) / 2 ** 32;
}

/** A message id unique for this device: time, a counter and randomness (letters and digits only). */
export function newMessageId(random: () => number = cryptoRandom): string {
  counter = (counter + 1) % 1e6;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}

export class RoomClient {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private ready = false;
  private helloId = '';
  private nickname: string | undefined;
  private team: string | undefined;
  readonly outboxKey: string;

  constructor(private readonly o: RoomClientOptions) {
    this.outboxKey = `genba:v1:room-outbox:${o.code}:${o.secret ? 'presenter' : 'trainee'}`;
    this.nickname = o.nickname;
    this.team = o.team;
  }

  /** Messages not yet acknowledged, oldest first. */
  pending(): ClientMessage[] {
    try {
      const raw = JSON.parse(this.o.storage?.getItem(this.outboxKey) ?? '[]') as unknown;
      return Array.isArray(raw) ? (raw.filter((m) => typeof m === 'object' && m !== null && typeof (m as { id?: unknown }).id === 'string') as ClientMessage[]) : [];
    } catch {
      return [];
    }
  }

  private savePending(list: readonly ClientMessage[]): void {
    try {
      if (list.length === 0) this.o.storage?.removeItem(this.outboxKey);
      else this.o.storage?.setItem(this.outboxKey, JSON.stringify(list.slice(-200)));
    } catch {
      // Storage full: the message still goes out on this connection.
    }
  }

  connect(): void {
    this.stopped = false;
    this.open();
  }

  /** Queues a message (kept until acknowledged) and sends it when connected; returns its id. */
  send(message: Outgoing): string {
    const full = { ...message, id: newMessageId(this.o.random) } as ClientMessage;
    this.savePending([...this.pending(), full]);
    if (this.ready && this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(full));
    return full.id;
  }

  /** Stops for good (leaving the room). */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const s = this.socket;
    this.socket = null;
    s?.close();
  }

  private open(): void {
    if (this.stopped) return;
    this.ready = false;
    this.o.onStatus('connecting');
    let socket: SocketLike;
    try {
      socket = this.o.createSocket(this.o.url);
    } catch {
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.helloId = newMessageId(this.o.random);
      const hello: ClientMessage = {
        t: 'hello',
        id: this.helloId,
        code: this.o.code,
        client: this.o.device,
        ...(this.o.secret ? { secret: this.o.secret } : {}),
        ...(this.nickname ? { nickname: this.nickname } : {}),
        ...(this.team ? { team: this.team } : {}),
      };
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (e) => this.receive(socket, e.data);
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.ready = false;
      this.retry();
    };
  }

  private retry(): void {
    if (this.stopped) return;
    this.o.onStatus('offline');
    const min = this.o.minDelay ?? 500;
    const max = this.o.maxDelay ?? 10_000;
    const delay = Math.min(max, min * 2 ** this.attempt) * (0.75 + 0.5 * (this.o.random ?? cryptoRandom)());
    this.attempt = Math.min(this.attempt + 1, 10);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, delay);
  }

  private receive(socket: SocketLike, data: unknown): void {
    let m: ServerMessage;
    try {
      m = JSON.parse(String(data)) as ServerMessage;
    } catch {
      return;
    }
    if (m.t === 'view') {
      this.o.onView(m.view);
      return;
    }
    if (m.t === 'error') {
      if (m.error === 'removed' || m.error === 'expired') {
        this.o.onStatus(m.error);
        this.close();
      }
      return;
    }
    if (m.t !== 'ack') return;
    if (m.id === this.helloId) {
      if (!m.ok) {
        this.o.onStatus(m.error.startsWith('you were removed') ? 'removed' : 'refused', m.error);
        if (m.final !== false) this.close();
        return;
      }
      this.ready = true;
      this.attempt = 0;
      this.nickname = undefined; // joined: later hellos rejoin by device key
      this.team = undefined; // later changes go as `team` messages
      this.o.onStatus('online');
      for (const p of this.pending()) socket.send(JSON.stringify(p));
      return;
    }
    const list = this.pending();
    const sent = list.find((p) => p.id === m.id);
    // A refusal that is not final (rate limit, busy) stays queued for the next connection.
    if (m.ok || m.final !== false) this.savePending(list.filter((p) => p.id !== m.id));
    this.o.onAck?.(m, sent);
  }
}

/** The device's random key (128 bits, base64url), made once and kept. */
export function deviceKey(storage: KeyValueStore | null, randomValues: (a: Uint8Array) => Uint8Array): string {
  const key = 'genba:v1:room-device';
  const known = storage?.getItem(key);
  if (known && /^[\w-]{22,64}$/.test(known)) return known;
  const bytes = randomValues(new Uint8Array(16));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  const made = btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  try {
    storage?.setItem(key, made);
  } catch {
    // Without storage the key lasts as long as the page.
  }
  return made;
}
