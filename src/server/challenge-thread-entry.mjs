// worker_threads entry: registers tsx, then loads the TypeScript worker (as src/cli/mc-thread-entry.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./challenge-thread.ts');
