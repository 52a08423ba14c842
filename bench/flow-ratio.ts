/** Quick A/B: `tsx bench/flow-ratio.ts` prints the engine ÷ reference ratio at B = 1 and 10 (bench/engine.ts's measurement only). */
import { benchFlowPair } from './engine.ts';
for (const batch of [1, 10]) {
  const p = benchFlowPair(batch);
  console.log(JSON.stringify({ batch, engine: Math.round(p.engine.median), reference: Math.round(p.reference.median), ratio: p.ratio }));
}
