#!/usr/bin/env node
// The `genba` command: runs the TypeScript CLI through tsx (a dependency), so the CLI,
// the app and the benchmarks share one source of the simulation core.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
