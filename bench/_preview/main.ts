// Throwaway preview of the chart components with data from the real simulator.
import scenarioJson from '../../public/scenarios/handling-makes-batches-slower.json';
import { parseScenario } from '../../src/scenario/index.ts';
import type { FlowLineScenario } from '../../src/scenario/types.ts';
import { simulateFlowLine } from '../../src/sim/line/flow-line.ts';
import { cumulativeDeliveries, queueOverTime, stationTimeline, wipOverTime } from '../../src/sim/line/series.ts';
import { meanCi } from '../../src/sim/stats/replication-summary.ts';
import type { TraceEvent } from '../../src/sim/line/trace.ts';
import '../../src/components/charts/step-chart.ts';
import '../../src/components/charts/distribution-chart.ts';
import '../../src/components/charts/station-split-chart.ts';
import '../../src/components/charts/sweep-chart.ts';
import '../../src/components/charts/station-timeline-chart.ts';

const parsed = parseScenario(scenarioJson);
if (!parsed.ok) throw new Error('bad scenario');
const base = parsed.scenario as FlowLineScenario;
const withDrift = { ...base, stations: base.stations.map((s, i) => (i === 2 ? { ...s, defectRate: 0.01 } : s)) } as FlowLineScenario;
const order = (b: number): FlowLineScenario => ({ ...withDrift, transferBatch: b, release: { mode: 'order', quantity: 50 } }) as FlowLineScenario;
const flowMode = (b: number, horizon: number): FlowLineScenario =>
  ({ ...withDrift, transferBatch: b, release: { mode: 'flow', interarrival: (base.release as { interarrival: unknown }).interarrival, horizon, warmup: 200 } }) as FlowLineScenario;

const B = 10;
const runs = { batch: simulateFlowLine(order(B), 'preview', 0, { trace: true }), flow: simulateFlowLine(order(1), 'preview', 0, { trace: true }) };
const ev = (k: 'batch' | 'flow'): readonly TraceEvent[] => runs[k].trace?.events ?? [];
const label = { batch: `Batch (B = ${B})`, flow: 'One-piece flow' };
const end = Math.max(runs.batch.makespan ?? 0, runs.flow.makespan ?? 0);

function leadTimes(events: readonly TraceEvent[]): number[] {
  const rel = new Map<number, number>();
  const out: number[] = [];
  for (const e of events) {
    if (e.kind === 'release') rel.set(e.unit, e.t);
    else if (e.kind === 'deliver') out.push(e.t - (rel.get(e.unit) ?? e.t));
  }
  return out;
}

function section(title: string, el: HTMLElement, id: string): void {
  const s = document.createElement('section');
  s.id = id;
  const h = document.createElement('h2');
  h.textContent = title;
  s.append(h, el);
  document.getElementById('grid')!.append(s);
}

const deliveries = document.createElement('genba-step-chart');
deliveries.series = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], points: cumulativeDeliveries(ev(k)).map((p) => ({ t: p.t, value: p.delivered })) }));
deliveries.yLabel = 'Good units delivered';
deliveries.timeUnit = 'minute';
deliveries.end = end;
deliveries.reference = { value: 50, label: 'Order' };
deliveries.cursor = end * 0.4;
section('Deliveries', deliveries, 'deliveries');

const wip = document.createElement('genba-step-chart');
wip.series = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], points: wipOverTime(ev(k)).map((p) => ({ t: p.t, value: p.wip })) }));
wip.yLabel = 'Units in progress';
wip.timeUnit = 'minute';
wip.end = end;
wip.cursor = end * 0.4;
section('WIP', wip, 'wip');

const dist = document.createElement('genba-distribution-chart');
dist.series = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], values: leadTimes(ev(k)) }));
dist.xLabel = 'Lead time';
dist.timeUnit = 'minute';
dist.yLabel = 'Share of units (%)';
section('Lead time per unit', dist, 'dist');

const reps = 20;
const perRep = (b: number) => Array.from({ length: reps }, (_, i) => simulateFlowLine(order(b), 'preview', i).makespan ?? 0);
const makespans = { batch: perRep(B), flow: perRep(1) };
const dist2 = document.createElement('genba-distribution-chart');
dist2.series = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], values: makespans[k], ...meanCi(makespans[k]) }));
dist2.xLabel = 'Makespan';
dist2.timeUnit = 'minute';
dist2.yLabel = 'Share of replications (%)';
section('Makespan over replications', dist2, 'dist2');

const split = document.createElement('genba-station-split-chart');
split.lines = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], stations: runs[k].stations }));
split.timeUnit = 'minute';
section('Station split', split, 'split');

const share = document.createElement('genba-station-split-chart');
share.lines = split.lines;
share.timeUnit = 'minute';
share.share = true;
section('Station split (share)', share, 'share');

const batches = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50];
const sweep = document.createElement('genba-sweep-chart');
sweep.points = batches.map((b) => {
  const rs = Array.from({ length: 8 }, (_, i) => simulateFlowLine(flowMode(b, 2000), 'sweep', i));
  return {
    batch: b,
    leadTime: meanCi(rs.map((r) => r.leadTime?.mean ?? 0)),
    wip: meanCi(rs.map((r) => r.wip.mean)),
    throughput: meanCi(rs.map((r) => r.throughput * 60)),
  };
});
sweep.timeUnit = 'minute';
sweep.current = B;
sweep.throughputUnit = 'units/h';
section('Transfer batch sweep', sweep, 'sweep');

const long = { batch: simulateFlowLine(flowMode(B, 3000), 'tl', 0, { trace: true }), flow: simulateFlowLine(flowMode(1, 3000), 'tl', 0, { trace: true }) };
const station = 2;
const timeline = document.createElement('genba-station-timeline-chart');
timeline.lanes = (['batch', 'flow'] as const).map((k) => ({ label: label[k], intervals: stationTimeline(long[k].trace?.events ?? [], station, 3000) }));
timeline.end = 3000;
timeline.timeUnit = 'minute';
timeline.cursor = 1200;
timeline.highlights = (['batch', 'flow'] as const).flatMap((k) =>
  (long[k].trace?.events ?? [])
    .filter((e) => (e.kind === 'detect' && e.source === station) || (e.kind === 'drift' && e.station === station))
    .map((e) => ({ t: e.t, label: e.kind === 'drift' ? 'drifts' : 'drift found' })),
);
section(`Weld timeline (${timeline.lanes.map((l) => l.intervals.length).join(' / ')} intervals)`, timeline, 'timeline');

const queue = document.createElement('genba-step-chart');
queue.series = (['batch', 'flow'] as const).map((k) => ({ key: k, label: label[k], points: queueOverTime(ev(k), station).map((p) => ({ t: p.t, value: p.waiting })) }));
queue.yLabel = 'Units waiting';
queue.timeUnit = 'minute';
queue.end = end;
section('Queue at Weld', queue, 'queue');

document.body.dataset.ready = 'yes';
