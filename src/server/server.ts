/**
 * The room server: HTTP for the built app and `/api/health`, and one WebSocket per client on
 * `/api/room` (docs/room.md). Frames are size-limited, rate-limited per connection and
 * validated (src/room/protocol.ts) before the room service sees them; joins are rate-limited
 * per address; the WebSocket's Origin must be the server's own. Every refused message is
 * logged as one JSON line on stderr (never with the secret) and counted in `/api/health`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseClientFrame, ROOM_LIMITS, ROOM_WS_PATH, type ClientMessage, type ServerMessage } from '../room/protocol.ts';
import { ChallengeRunner } from './challenge-runner.ts';
import { KeyedLimiter, TokenBucket } from './rate-limit.ts';
import { RoomService, type Connection } from './rooms.ts';
import { serveStatic } from './static-files.ts';
import { RoomStore } from './store.ts';

export interface ServerOptions {
  readonly port?: number;
  readonly host?: string;
  /** Folder for the SQLite file; null keeps rooms in memory (tests). */
  readonly dataDir: string | null;
  /** The built app to serve, or null for the room service alone (behind Vite in development). */
  readonly distDir: string | null;
  /** Joins per minute from one address (default ROOM_LIMITS.joinsPerMinute). */
  readonly joinsPerMinute?: number;
  /** Where rejection lines go (default stderr). */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly service: RoomService;
  readonly store: RoomStore;
  readonly stats: { rejected: number; connections: number };
  close(): Promise<void>;
}

/** The Origin a browser sends for a page served by this host. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const addressOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = new RoomStore(options.dataDir);
  const runner = new ChallengeRunner();
  const stats = { rejected: 0, connections: 0 };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const logReject = (reason: string, address: string, message: ClientMessage | null): void => {
    stats.rejected++;
    log(JSON.stringify({ at: new Date().toISOString(), rejected: reason.slice(0, 200), from: address, type: message?.t ?? null, id: message?.id ?? null }));
  };
  const service = new RoomService({
    store,
    runChallenge: (request) => runner.run(request),
    outcome: (question) => runner.outcome(question),
    onReject: (reason, message, conn) => logReject(reason, conn.address ?? 'unknown', message),
  });
  const joins = new KeyedLimiter(options.joinsPerMinute ?? ROOM_LIMITS.joinsPerMinute, Math.max(10, Math.ceil((options.joinsPerMinute ?? ROOM_LIMITS.joinsPerMinute) / 4)));

  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api/health') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ok: true, service: 'genba-rooms', rooms: store.roomCodes().length, connections: stats.connections, rejected: stats.rejected }));
      return;
    }
    if (path?.startsWith('/api/')) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: false, error: 'no such endpoint' }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!options.distDir) {
      res.writeHead(404).end('the room service serves no app here');
      return;
    }
    serveStatic(options.distDir, req, res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxFrameBytes });
  http.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== ROOM_WS_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    if (!sameOrigin(req)) {
      logReject(`origin: ${String(req.headers.origin).slice(0, 80)} is not this server's`, addressOf(req), null);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, addressOf(req)));
  });

  function onConnection(ws: WebSocket, address: string): void {
    stats.connections++;
    const bucket = new TokenBucket(ROOM_LIMITS.messagesPerSecond, ROOM_LIMITS.messageBurst, Date.now());
    let refused = 0;
    const conn: Connection = {
      address,
      send(message: ServerMessage) {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      },
    };
    ws.on('message', (data, isBinary) => {
      const refuse = (reason: string, message: ClientMessage | null, id?: string): void => {
        logReject(reason, address, message);
        if (id) conn.send({ t: 'ack', id, ok: false, error: reason, final: !reason.startsWith('rate') });
        else conn.send({ t: 'error', error: reason });
        // A client that keeps sending what is refused is cut off.
        if (++refused > 100) ws.close(1008, 'too many refused messages');
      };
      if (!bucket.take(Date.now())) return refuse('rate: too many messages, slow down', null);
      if (isBinary) return refuse('frame: binary frames are not allowed', null);
      const parsed = parseClientFrame(data.toString());
      if (!parsed.ok) return refuse(parsed.error, null, parsed.id);
      const m = parsed.message;
      if ((m.t === 'hello' || m.t === 'create') && !joins.take(address, Date.now())) return refuse(`rate: too many joins from ${address}, wait a minute`, m, m.id);
      service.handle(conn, m).catch((error: unknown) => refuse(`server: ${error instanceof Error ? error.message : String(error)}`, m, m.id));
    });
    ws.on('error', (error) => logReject(`socket: ${error.message}`, address, null));
    ws.on('close', () => {
      stats.connections--;
      service.leave(conn);
    });
  }

  const expiry = setInterval(() => service.expire(), 10 * 60 * 1000);
  expiry.unref();
  service.expire();

  await new Promise<void>((resolveListen, rejectListen) => {
    http.once('error', rejectListen);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    service,
    store,
    stats,
    async close() {
      clearInterval(expiry);
      service.close();
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => http.close(() => r()));
      await runner.close();
      store.close();
    },
  };
}
