/**
 * `genba serve [--port N] [--data DIR] [--host ADDRESS | --lan]`: the built app and the rooms on
 * one port. It listens on 127.0.0.1 (this computer only) unless told otherwise: a workshop on a
 * local network needs `--lan` (all interfaces, 0.0.0.0), said explicitly, because the room
 * service then answers anyone on that network. The first line printed is
 * `Genba at http://HOST:PORT/`, with this computer's LAN address when `--lan` is given.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../server/server.ts';

export const SERVE_USAGE = `usage:
  genba serve [--port N] [--data DIR] [--host ADDRESS | --lan]

  --port N        port to listen on (default 8787; 0 picks a free one)
  --data DIR      folder for the rooms' database (default ./genba-data)
  --host ADDRESS  address to listen on (default 127.0.0.1: this computer only)
  --lan           listen on every interface (0.0.0.0), for phones on the local network
  --dist DIR      the built app (default the repository's dist/, built by \`npm run build\`)
  --rooms-only    serve the rooms and /api/health only (npm start puts Vite's dev server in front)
  --joins-per-minute N  joins allowed per address and minute (default 120; the load test raises it)`;

export class ServeUsageError extends Error {}

function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export async function serve(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8787' },
        data: { type: 'string', default: 'genba-data' },
        host: { type: 'string' },
        lan: { type: 'boolean', default: false },
        dist: { type: 'string' },
        'rooms-only': { type: 'boolean', default: false },
        'joins-per-minute': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new ServeUsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '') || port > 65535) throw new ServeUsageError(`--port: "${values.port}" is not allowed, must be a whole number from 0 to 65535`);
  if (values.lan && values.host) throw new ServeUsageError('--lan and --host: give one or the other');
  const host = values.lan ? '0.0.0.0' : (values.host ?? '127.0.0.1');
  const distDir = values['rooms-only'] ? null : (values.dist ?? fileURLToPath(new URL('../../dist', import.meta.url)));
  if (distDir !== null && !existsSync(`${distDir}/index.html`)) {
    process.stderr.write(`genba: ${distDir}/index.html is missing: build the app first (npm run build)\n`);
    return 2;
  }
  let joinsPerMinute: number | undefined;
  if (values['joins-per-minute'] !== undefined) {
    joinsPerMinute = Number(values['joins-per-minute']);
    if (!Number.isInteger(joinsPerMinute) || joinsPerMinute < 1 || joinsPerMinute > 1_000_000) {
      throw new ServeUsageError(`--joins-per-minute: "${values['joins-per-minute']}" is not allowed, must be a whole number from 1 to 1000000`);
    }
  }
  const server = await startServer({ port, host, dataDir: values.data ?? 'genba-data', distDir, ...(joinsPerMinute ? { joinsPerMinute } : {}) });
  const shown = host === '0.0.0.0' ? `http://${lanAddress() ?? '127.0.0.1'}:${server.port}/` : server.url;
  process.stdout.write(`Genba at ${shown}\n`);
  process.stdout.write(`rooms are kept in ${values.data}/genba-rooms.sqlite; Ctrl+C stops\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
