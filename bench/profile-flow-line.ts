/** Profiling driver: `node --cpu-prof --import tsx bench/profile-flow-line.ts 1` (six runs of the benchmark line at batch B). */
import { simulateFlowLine } from '../src/sim/line/flow-line.ts';
import { flowLineSpec } from './engine.ts';
const batch = Number(process.argv[2] ?? 1);
for (let i = 0; i < 6; i++) simulateFlowLine(flowLineSpec(batch), 'prof', i, { maxEvents: 1e9 });
