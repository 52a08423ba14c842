// `npm start`: the room service (genba serve --rooms-only, port 8787, data in ./genba-data)
// and Vite's dev server together. Vite proxies /api (HTTP and the room WebSocket) to the
// service, so the page talks only to its own origin (CSP connect-src 'self'). Ctrl+C stops
// both; if either stops, the other is stopped too (by its own pid).
import { spawn } from 'node:child_process';

const port = process.env.GENBA_ROOM_PORT ?? '8787';
const rooms = spawn(process.execPath, ['bin/genba.js', 'serve', '--rooms-only', '--port', port, '--data', 'genba-data'], { stdio: 'inherit' });
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GENBA_ROOM_SERVICE: `http://127.0.0.1:${port}` },
});
const children = [rooms, vite];
let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.pid) process.kill(c.pid, 'SIGTERM');
  process.exitCode = code;
}
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
