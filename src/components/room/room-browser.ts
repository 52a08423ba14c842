/**
 * The room in the browser: where the service is (the app's own origin: `connect-src 'self'`),
 * whether it is there at all, and what this browser keeps (the presenter's room and secret,
 * the trainee's last room and nickname, the device key) in localStorage.
 */
import { deviceKey, RoomClient, type RoomClientOptions, type SocketLike } from '../../room/client.ts';
import { ROOM_WS_PATH } from '../../room/protocol.ts';
import { isRoomCode } from '../../room/code.ts';

import { HOST_KEY, JOIN_KEY } from './room-keys.ts';

export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The app's address with a fragment, e.g. the join address `http://10.0.0.5:8787/#/room/K7M9QX`. */
export function appUrl(fragment: string): string {
  const here = new URL(globalThis.location.href);
  here.hash = fragment;
  here.search = '';
  return here.toString();
}

/** ws(s)://same-host/api/room, next to the app. */
export function roomSocketUrl(): string {
  const url = new URL(`.${ROOM_WS_PATH}`, globalThis.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.toString();
}

/** Whether the room service answers (asked only when a room feature is used). */
export async function roomServiceAvailable(timeoutMs = 3000): Promise<boolean> {
  if (globalThis.navigator?.onLine === false) return false;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetch(new URL('./api/health', globalThis.location.href), { signal: ctl.signal, cache: 'no-store' });
    if (!res.ok) return false;
    const body = (await res.json()) as { ok?: unknown; service?: unknown };
    return body.ok === true && body.service === 'genba-rooms';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export interface HostedRoom {
  readonly code: string;
  readonly secret: string;
}

export function hostedRoom(): HostedRoom | null {
  try {
    const raw = JSON.parse(storage()?.getItem(HOST_KEY) ?? 'null') as Partial<HostedRoom> | null;
    if (raw && typeof raw.code === 'string' && isRoomCode(raw.code) && typeof raw.secret === 'string' && /^[\w-]{32,64}$/.test(raw.secret)) return { code: raw.code, secret: raw.secret };
  } catch {
    // unreadable: no room
  }
  return null;
}

export function keepHostedRoom(room: HostedRoom | null): void {
  try {
    if (room) storage()?.setItem(HOST_KEY, JSON.stringify(room));
    else storage()?.removeItem(HOST_KEY);
  } catch {
    // The room lasts as long as this page.
  }
}

export interface JoinedRoom {
  readonly code: string;
  readonly nickname: string;
  readonly team?: string;
}

export function joinedRoom(): JoinedRoom | null {
  try {
    const raw = JSON.parse(storage()?.getItem(JOIN_KEY) ?? 'null') as Partial<JoinedRoom> | null;
    if (raw && typeof raw.code === 'string' && isRoomCode(raw.code) && typeof raw.nickname === 'string') {
      return { code: raw.code, nickname: raw.nickname, ...(typeof raw.team === 'string' ? { team: raw.team } : {}) };
    }
  } catch {
    // unreadable
  }
  return null;
}

export function keepJoinedRoom(room: JoinedRoom | null): void {
  try {
    if (room) storage()?.setItem(JOIN_KEY, JSON.stringify(room));
    else storage()?.removeItem(JOIN_KEY);
  } catch {
    // as above
  }
}

export const thisDevice = (): string => deviceKey(storage(), (a) => {
  crypto.getRandomValues(a as Uint8Array<ArrayBuffer>);
  return a;
});

/** A client for this browser: the real WebSocket, localStorage. */
export function browserClient(options: Omit<RoomClientOptions, 'url' | 'storage' | 'createSocket' | 'device'>): RoomClient {
  return new RoomClient({
    ...options,
    url: roomSocketUrl(),
    device: thisDevice(),
    storage: storage(),
    createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
  });
}

/** Creates a room: one short connection, `create`, and the code and secret from its ack. */
export function createRoom(timeoutMs = 5000): Promise<HostedRoom> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(roomSocketUrl());
    const timer = setTimeout(() => (ws.close(), reject(new Error('timeout'))), timeoutMs);
    ws.onopen = () => ws.send(JSON.stringify({ t: 'create', id: `create-${Date.now().toString(36)}`, client: thisDevice() }));
    ws.onerror = () => (clearTimeout(timer), reject(new Error('unreachable')));
    ws.onmessage = (e) => {
      clearTimeout(timer);
      ws.close();
      try {
        const m = JSON.parse(String(e.data)) as { ok?: boolean; code?: string; secret?: string; error?: string };
        if (m.ok && m.code && m.secret) resolve({ code: m.code, secret: m.secret });
        else reject(new Error(m.error ?? 'refused'));
      } catch {
        reject(new Error('unreadable answer'));
      }
    };
  });
}
