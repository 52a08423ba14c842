/**
 * Replications of the flow line for the Monte Carlo runner. A summary keeps each
 * replication's figures with its index (a line run gives a few dozen numbers, and a flow
 * scenario allows at most 1,000 replications), so screens can show their distribution and
 * the result is the same whichever worker ran which replication.
 */
import type { FlowLineScenario } from '../../scenario/types.ts';
import type { MonteCarloModel } from '../mc/types.ts';
import { aggregateReplications, type Aggregated } from '../stats/replication-summary.ts';
import { simulateFlowLine, type FlowLineRun } from './flow-line.ts';

/** What is reported of one run (the trace and bookkeeping left out). */
export type FlowLineFigures = Omit<FlowLineRun, 'trace' | 'window' | 'leadTimeCount' | 'flowTimeCount'>;

export interface FlowLineSummary {
  readonly runs: { readonly replication: number; readonly figures: FlowLineFigures }[];
}

export type FlowLineResult =
  | { readonly replications: 1; readonly figures: FlowLineFigures; readonly perReplication: readonly FlowLineFigures[] }
  | {
      readonly replications: number;
      readonly figures: Aggregated<FlowLineFigures>;
      readonly perReplication: readonly FlowLineFigures[];
    };

export function figuresOf(run: FlowLineRun): FlowLineFigures {
  const { trace: _trace, window: _window, leadTimeCount: _count, flowTimeCount: _flowCount, ...figures } = run;
  return figures;
}

export function createFlowLineMonteCarlo(
  scenario: FlowLineScenario,
  options: { readonly maxEvents?: number } = {},
): MonteCarloModel<FlowLineSummary, FlowLineResult> {
  return {
    runChunk(from, to) {
      const runs: FlowLineSummary['runs'] = [];
      for (let i = from; i < to; i++) {
        runs.push({ replication: i, figures: figuresOf(simulateFlowLine(scenario, scenario.seed, i, options)) });
      }
      return { runs };
    },
    empty: () => ({ runs: [] }),
    merge(a, b) {
      a.runs.push(...b.runs);
      return a;
    },
    finalize(summary) {
      const perReplication = [...summary.runs].sort((x, y) => x.replication - y.replication).map((r) => r.figures);
      if (perReplication.length === 1) {
        return { replications: 1, figures: perReplication[0] as FlowLineFigures, perReplication };
      }
      return { replications: perReplication.length, figures: aggregateReplications(perReplication), perReplication };
    },
  };
}
