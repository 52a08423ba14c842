/**
 * The real room server for e2e tests: `genba serve` as a child process on a free loopback port
 * with a temporary data directory, stopped (or SIGKILLed) by its own pid, never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RoomServer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly stderr: string[];
  /** SIGKILL: no clean shutdown, as a crash. */
  kill(): Promise<void>;
  /** Starts again on the same port and data. */
  restart(): Promise<void>;
  /** Stops it and deletes the data directory. */
  close(): Promise<void>;
}

function start(port: number, dataDir: string, stderr: string[]): Promise<{ child: ChildProcess; url: string; port: number }> {
  const child = spawn(process.execPath, ['bin/genba.js', 'serve', '--port', String(port), '--data', dataDir, '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => stderr.push(...d.toString().split('\n').filter(Boolean)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`genba serve did not start: ${stderr.join('\n')}`)), 30_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const m = /^Genba at (http:\/\/127\.0\.0\.1:(\d+)\/)$/.exec(line);
      if (!m) return reject(new Error(`unexpected first line: ${line}`));
      resolve({ child, url: m[1]!, port: Number(m[2]) });
    });
    child.once('exit', (code) => reject(new Error(`genba serve exited (${code}): ${stderr.join('\n')}`)));
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));

export async function startRoomServer(): Promise<RoomServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'genba-rooms-'));
  const stderr: string[] = [];
  let running = await start(0, dataDir, stderr);
  const { url, port } = running;
  return {
    url,
    port,
    dataDir,
    stderr,
    async kill() {
      if (running.child.pid) process.kill(running.child.pid, 'SIGKILL');
      await exited(running.child);
    },
    async restart() {
      running = await start(port, dataDir, stderr);
    },
    async close() {
      if (running.child.exitCode === null && running.child.signalCode === null && running.child.pid) {
        process.kill(running.child.pid, 'SIGTERM');
        await Promise.race([exited(running.child), new Promise((r) => setTimeout(r, 5000))]);
        if (running.child.exitCode === null && running.child.signalCode === null && running.child.pid) process.kill(running.child.pid, 'SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
