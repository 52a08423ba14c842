// worker_threads entry: Node 20 cannot load .ts by itself, and `--import` in a worker's
// execArgv is not honoured, so the thread registers tsx and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./mc-thread.ts');
