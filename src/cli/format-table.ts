/** Readable tables of results for `genba run --format table`. */
import { isStrategiesResult, type LaunchQuantityResult, type LaunchStrategyResult } from '../sim/launch/monte-carlo.ts';
import type { FlowLineOutput, LaunchOutput, ScenarioOutput } from '../sim/run-scenario.ts';

type Cell = string | number | null | undefined | { mean: number; ci95: number };

function show(value: Cell, digits = 2): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: digits });
  return `${show(value.mean, digits)} ± ${show(value.ci95, digits)}`;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r, i) => {
      const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function flowLineTable(r: FlowLineOutput): string {
  const unit = r.timeUnit;
  const lt = r.leadTime as Record<string, Cell> | null;
  const wip = r.wip as Record<string, Cell>;
  const ft = r.flowTime as Record<string, Cell> | null | undefined;
  const backlog = r.backlog as Record<string, Cell> | undefined;
  const wipValue = r.wipValue as Record<string, Cell> | undefined;
  // Version-2 figures appear only when the scenario asks for them (a cap, a unit value, buffers).
  const version2: string[][] = [
    ...(ft !== undefined ? [[`flow time mean (${unit})`, show(ft?.mean)], ['flow time p50 / p90 / p99', ft ? `${show(ft.p50)} / ${show(ft.p90)} / ${show(ft.p99)}` : '–']] : []),
    ...(backlog !== undefined ? [['backlog mean / max', `${show(backlog.mean)} / ${show(backlog.max)}`]] : []),
    ...(wipValue !== undefined ? [['WIP value mean / max', `${show(wipValue.mean)} / ${show(wipValue.max)}`]] : []),
  ];
  const stationRows = r.stations as unknown as Record<string, Cell>[];
  const blocking = stationRows.some((s) => {
    const b = s.blocked;
    return typeof b === 'number' ? b > 0 : typeof b === 'object' && b !== null && b.mean > 0;
  });
  const lines: string[][] = [
    ['figure', 'value'],
    [`makespan (${unit})`, show(r.makespan as Cell)],
    [`first delivery (${unit})`, show(r.firstDelivery as Cell)],
    [`lead time mean (${unit})`, show(lt?.mean)],
    [`lead time p50 / p90 / p99`, lt ? `${show(lt.p50)} / ${show(lt.p90)} / ${show(lt.p99)}` : '–'],
    [`lead time max`, show(lt?.max)],
    [`throughput (units/${unit})`, show(r.throughput as Cell, 4)],
    ['WIP mean / max', `${show(wip.mean)} / ${show(wip.max)}`],
    ...version2,
    ['released / delivered / scrapped', `${show(r.released as Cell)} / ${show(r.delivered as Cell)} / ${show(r.scrapped as Cell)}`],
    ['WIP at end', show(r.wipAtEnd as Cell)],
  ];
  const stations: string[][] = [
    ['station', 'working', 'setup', 'handling', 'starved', ...(blocking ? ['blocked'] : []), 'local eff. (/h)', 'perceived (/h)'],
    ...stationRows.map((s) => [
      show(s.name),
      show(s.working),
      show(s.setup),
      show(s.handling),
      show(s.starved),
      ...(blocking ? [show(s.blocked)] : []),
      show(s.localEfficiency),
      show(s.perceivedRate),
    ]),
  ];
  return `${heading(r)}\n\n${table(lines)}\n\n${table(stations)}\n`;
}

function launchTable(r: LaunchOutput): string {
  const strategies = isStrategiesResult(r);
  const rows: string[][] = [
    [strategies ? 'strategy' : 'launch Q0', 'profit mean', 'sd', 'p5', 'p50', 'p95', 'P(loss)', 'CVaR 5%', 'lost opportunity', 'real loss'],
    ...(r.results as readonly (LaunchQuantityResult | LaunchStrategyResult)[]).map((q) => [
      'strategy' in q ? q.strategy : show(q.q0, 0),
      show(q.profit.mean, 0),
      show(q.profit.sd, 0),
      show(q.profit.p5, 0),
      show(q.profit.p50, 0),
      show(q.profit.p95, 0),
      show(q.probLoss, 4),
      show(q.cvar5, 0),
      show(q.lostOpportunity.mean, 0),
      show(q.realLoss.mean, 0),
      ...(strategies ? [show((q as LaunchStrategyResult).fixedCost.mean, 0)] : []),
    ]),
  ];
  if (strategies) (rows[0] as string[]).push('fixed cost');
  const best = r.best
    ? `\nbest ${strategies ? 'strategy' : 'Q0'} by expected profit: ${show(r.best.byExpectedProfit, 0)}; by CVaR 5%: ${show(r.best.byCvar5, 0)}`
    : '';
  return `${heading(r)}\n\n${table(rows)}\n\nnewsvendor quantity: ${show(r.newsvendorQ, 0)}${best}\n`;
}

function heading(r: ScenarioOutput): string {
  return `genba ${r.model} · seed ${String(r.seed)} · ${r.replications.toLocaleString('en-US')} replication${r.replications === 1 ? '' : 's'} · engine ${r.engineVersion} (${r.rng})`;
}

export function formatTable(result: ScenarioOutput): string {
  return result.model === 'flow-line' ? flowLineTable(result as FlowLineOutput) : launchTable(result as LaunchOutput);
}
