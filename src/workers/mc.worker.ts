/// <reference lib="webworker" />
/** A Web Worker entry point: runs Monte Carlo chunks for the app, on the same core as the CLI. */
import { createChunkHandler } from '../sim/mc/protocol.ts';

const handle = createChunkHandler();
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const reply = handle(event.data);
  if (reply) self.postMessage(reply);
});
