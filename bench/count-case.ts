/**
 * One run for instruction counting under callgrind (driven by bench/count.ts): the machine is shared,
 * so before/after comparisons of the hot path use instruction counts, not seconds.
 *
 *   valgrind --tool=callgrind node --import tsx bench/count-case.ts engine 1 200000
 *   (kind: engine | reference | launch; batch; units or replications)
 * The difference between two sizes cancels start-up and compilation.
 */
import { simulateFlowLine } from '../src/sim/line/flow-line.ts';
import { createLaunchMonteCarlo } from '../src/sim/launch/monte-carlo.ts';
import { runMonteCarloSync } from '../src/sim/mc/runner.ts';
import { flowLineSpec, launchPreset } from './engine.ts';
import { referenceFlowLine } from './reference-flow-line.ts';

const [kind, batchText, sizeText] = process.argv.slice(2);
const batch = Number(batchText);
const size = Number(sizeText);
if (kind === 'engine') {
  const run = simulateFlowLine(flowLineSpec(batch, 5, size * 1.25), 'count', 0, { maxEvents: 1e9 });
  console.log(JSON.stringify({ kind, batch, released: run.released, events: run.events }));
} else if (kind === 'reference') {
  const run = referenceFlowLine({ stations: 5, batch, interarrivalMean: 1.25, processMean: 1, horizon: size * 1.25 }, 'count', 0);
  console.log(JSON.stringify({ kind, batch, released: run.released, events: run.events }));
} else if (kind === 'launch') {
  const scenario = launchPreset('launch-seed-case.json', size);
  runMonteCarloSync(createLaunchMonteCarlo(scenario), size);
  console.log(JSON.stringify({ kind, replications: size }));
} else throw new Error(`count-case: unknown kind ${kind} (allowed: engine, reference, launch)`);
