/** A worker_threads entry point: runs Monte Carlo chunks for the CLI. */
import { parentPort } from 'node:worker_threads';
import { createChunkHandler } from '../sim/mc/protocol.ts';

const handle = createChunkHandler();
parentPort?.on('message', (message: unknown) => {
  const reply = handle(message);
  if (reply) parentPort?.postMessage(reply);
});
