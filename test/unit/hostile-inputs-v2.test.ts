/**
 * Hostile inputs, second look (issue 16, "No silent wrong answers"), on what came after the
 * first pass: version-2 launch scenarios (1–20 strategies, commitment, safety factor, sweeps),
 * pull lines (WIP caps, kanban squares), lesson 3 and 4 links, and the room's messages for
 * every lesson. Expected of each input: a clear refusal naming the field, or a finite
 * result; never a throw, a `null` where a number is documented, exit 0 on failure, or a hang.
 *
 * Seeded (fast-check with a fixed seed, seedrandom inside each case), so a failure
 * reproduces. The exploratory pass behind it tried far more (docs/security.md, "Hostile
 * inputs, second look"); these are the same generators at a size a test run affords.
 */
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { runScenarioSync, type FlowLineOutput } from '../../src/sim/run-scenario.ts';
import { decodeLink, encodeLink, type LinkState } from '../../src/share/link-codec.ts';
import { canonicalJson } from '../../src/share/plain-json.ts';
import { parseClientFrame, type BoardView, type ServerMessage } from '../../src/room/protocol.ts';
import { QUESTION_IDS } from '../../src/room/questions.ts';
import { RoomService, type Connection } from '../../src/server/rooms.ts';
import { RoomStore } from '../../src/server/store.ts';

const preset = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`public/scenarios/${name}.json`, 'utf8'));
const LAUNCH_V2 = ['launch-ohno-question', 'launch-forecast-wins', 'launch-patient-customers', 'launch-forecast-line-fixed-cost', 'launch-slow-ramp-up', 'launch-thin-margin'];
const PULL = ['pull-balanced', 'pull-bottleneck', 'kanban-one-square-short', 'penny-fab'];

/** Numbers and non-numbers that broke programs before: the limits of doubles, −0, NaN as text. */
const EXTREMES: readonly unknown[] = [
  1e308, -1e308, 1.7976931348623157e308, 1e-320, 5e-324, -5e-324, -0, 0, 1, -1, 0.5, 2 ** 53, 2 ** 53 + 2, 1e21, 1e15, 1e12, 1e9, 1e-7, 1e-155, 1e-300,
  'NaN', 'Infinity', '-0', '1e3', '', null, true, [], {}, 'x'.repeat(10_000), '\u202e\u200b', '𝔭𝔦𝔩𝔬𝔱', '\ud800', [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]],
];
const NAMES: readonly string[] = ['pilot', 'Pilot', 'pilot\u200b', ' pilot', 'pilot  ', 'e\u0301', '\u00e9', '\u200b', '\ufeff', 'pi\u0000lot', '\u202epilot', '🚗', '试产', 'n'.repeat(61), 'n'.repeat(100_000), '__proto__', 'constructor'];

type Container = Record<string, unknown> | unknown[];
function slots(root: Container): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const walk = (node: Container, depth: number) => {
    for (const k of Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) {
      out.push([node, k]);
      const child = (node as Record<string | number, unknown>)[k];
      if (typeof child === 'object' && child !== null && depth < 8) walk(child as Container, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** A preset changed in one to three places: an extreme value, a duplicate, a deletion, a scaled number, deep nesting. */
function mutated(base: Record<string, unknown>, rng: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const x = structuredClone(base);
  for (let n = 1 + Math.floor(rng() * 3); n > 0; n--) {
    const [parent, key] = pick(slots(x));
    const at = parent as Record<string | number, unknown>;
    const r = rng();
    if (r < 0.55) at[key] = structuredClone(pick(EXTREMES));
    else if (r < 0.65 && !Array.isArray(parent)) delete at[key];
    else if (r < 0.85 && typeof at[key] === 'number') at[key] = (at[key] as number) * pick([1e6, 1e-6, -1, 10, 0.1, 1e300, 1e-300]);
    else if (typeof at[key] === 'string') at[key] = pick(NAMES);
    else at[key] = structuredClone(pick(EXTREMES));
  }
  return x;
}

/** A version-2 launch file with a storm of strategies: 0 to 10,000 of them, names long, unicode, twins; a sweep and a safety factor now and then. */
function strategyStorm(base: Record<string, unknown>, rng: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const x = structuredClone(base);
  const given = (x['strategies'] as Record<string, unknown>[] | undefined) ?? [{ name: 'a', initial: 0 }];
  const count = pick([0, 1, 2, 3, 19, 20, 21, 100, 10_000]);
  const naming = rng();
  x['strategies'] = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(pick(given)),
    name: naming < 0.3 ? `${pick(NAMES)}${rng() < 0.5 ? '' : String(i)}` : naming < 0.4 ? 'same' : `s${i}`,
  }));
  if (rng() < 0.3) {
    const names = (x['strategies'] as { name: string }[]).map((s) => s.name);
    x['sweep'] = { strategy: pick([...names, 'nope', '']), field: pick(['initial', 'commit.periods', 'commit.rate', 'fixedCost']), from: pick(EXTREMES), to: pick(EXTREMES), step: pick(EXTREMES) };
  }
  if (rng() < 0.3) x['safetyFactor'] = pick(EXTREMES);
  return x;
}

/** Nulls the documents allow: a station never busy has no rates; one replication has no spread. */
const DOCUMENTED_NULL = /\.(localEfficiency|perceivedRate|sd|ci95|cvar5)$/;

function unexpectedNulls(value: unknown, path = ''): string[] {
  if (value === null) return DOCUMENTED_NULL.test(path) ? [] : [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value as object).flatMap(([k, v]) => unexpectedNulls(v, `${path}.${k}`));
}

/** Refused with every issue naming its field, or valid and run to a finite result (order mode: every unit delivered or scrapped). */
function expectRefusedOrFinite(input: unknown, stats: { refused: number; ran: number }): void {
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    stats.refused++;
    for (const issue of parsed.issues) {
      expect(issue.path.length).toBeGreaterThan(0);
      expect(issue.message.startsWith(`${issue.path}: `)).toBe(true);
    }
    return;
  }
  stats.ran++;
  // Fewer replications than written keep the test quick; the figures' rules do not depend on how many.
  const s = parsed.scenario;
  const scenario = { ...s, replications: Math.min(s.replications, s.model === 'launch' ? 100 : 2) } as Scenario;
  const out = runScenarioSync(scenario);
  expect(unexpectedNulls(out), JSON.stringify(input).slice(0, 300)).toEqual([]);
  if (scenario.model === 'flow-line' && scenario.release.mode === 'order') {
    const f = out as FlowLineOutput & { delivered: { mean: number }; scrapped: { mean: number } };
    const d = typeof f.delivered === 'number' ? f.delivered : f.delivered.mean;
    const x = typeof f.scrapped === 'number' ? f.scrapped : f.scrapped.mean;
    expect(d + x, 'an order ends with every unit delivered or scrapped').toBeCloseTo(scenario.release.quantity, 6);
  }
}

describe('version-2 launch scenarios and pull lines: refused naming the field, or a finite result', () => {
  it('mutated presets and strategy storms (validator and engine)', () => {
    const stats = { refused: 0, ran: 0 };
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...LAUNCH_V2, ...PULL), (seed, name) => {
        const rng = seedrandom(String(seed));
        const base = preset(name);
        const input = LAUNCH_V2.includes(name) && rng() < 0.35 ? strategyStorm(base, rng) : mutated(base, rng);
        expectRefusedOrFinite(JSON.parse(JSON.stringify(input)), stats);
      }),
      { seed: 20261207, numRuns: 300 },
    );
    // Both sides were exercised: some inputs ran, most were refused.
    expect(stats.ran).toBeGreaterThan(15);
    expect(stats.refused).toBeGreaterThan(100);
  }, 120_000);

  it('what the pass found stays fixed: a tiny gamma cv, look-alike strategy names', () => {
    const bottleneck = preset('pull-bottleneck');
    (bottleneck['stations'] as Record<string, unknown>[])[2] = { name: 'Weld', processTime: { dist: 'gamma', mean: 1.25, cv: 1e-155 } };
    const tiny = parseScenario(bottleneck);
    expect(tiny.ok ? [] : tiny.issues.map((i) => i.path)).toEqual(['stations[2].processTime.cv']);
    const ohno = preset('launch-ohno-question');
    ohno['strategies'] = [{ name: 'pilot', initial: 500 }, { name: 'pilot\u200b', initial: 0 }];
    const twins = parseScenario(ohno);
    expect(twins.ok ? [] : twins.issues.map((i) => i.path)).toEqual(['strategies[1].name']);
  });
});

function genba(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/genba.js', ...args], { timeout: 60_000 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

describe('genba run on hostile version-2 and pull files', () => {
  const ohno = () => ({ ...preset('launch-ohno-question'), replications: 100 });
  const pull = () => ({ ...preset('pull-balanced'), replications: 2 });
  const cases: [string, Record<string, unknown>, string | null][] = [
    ['gamma cv 1e-155 (drew NaN, exit 0)', { ...pull(), stations: [{ name: 'A', processTime: { dist: 'gamma', mean: 1, cv: 1e-155 } }] }, 'stations[0].processTime.cv'],
    ['a zero-width twin of a strategy', { ...ohno(), strategies: [{ name: 'pilot', initial: 500 }, { name: 'pilot\u200b', initial: 0 }] }, 'strategies[1].name'],
    ['a name with a right-to-left override', { ...ohno(), strategies: [{ name: '\u202epilot', initial: 500 }] }, 'strategies[0].name'],
    ['21 strategies', { ...ohno(), strategies: Array.from({ length: 21 }, (_, i) => ({ name: `s${i}`, initial: i })) }, 'strategies'],
    ['a sweep step of 1e-320', { ...ohno(), sweep: { strategy: 'pilot', field: 'initial', from: 0, to: 1, step: 1e-320 } }, 'sweep.step'],
    ['NaN as text', { ...ohno(), economics: { price: 'NaN', cost: 12, salvage: 4, holding: 0.2 } }, 'economics.price'],
    ['a price of 1e308', { ...ohno(), economics: { price: 1e308, cost: 12, salvage: 4, holding: 0.2 } }, 'economics.price'],
    ['a WIP cap of 1e308', { ...pull(), release: { mode: 'order', quantity: 60, wipCap: 1e308 } }, 'release.wipCap'],
    ['−0 as a fixed cost (valid: 0)', { ...ohno(), strategies: [{ name: 'pilot', initial: 500 }, { name: 'forecast', initial: 0, commit: { rate: 30000, periods: 3 }, fixedCost: -0 }] }, null],
    ['the largest amounts allowed (valid)', { ...ohno(), economics: { price: 1e12, cost: 1e12, salvage: 0, holding: 1e12 }, capacity: 1e12 }, null],
    ['20 strategies, names in four scripts (valid)', { ...ohno(), strategies: Array.from({ length: 20 }, (_, i) => ({ name: `${['试产', 'pilot', 'ピロット', 'пилот'][i % 4]} ${i}`, initial: i * 1000 })) }, null],
  ];

  it.each(cases)('%s', async (_what, scenario, field) => {
    const dir = mkdtempSync(join(tmpdir(), 'genba-hostile-'));
    try {
      const file = join(dir, 'case.json');
      writeFileSync(file, JSON.stringify(scenario));
      const { code, stdout, stderr } = await genba(['run', file, '--workers', '1']);
      if (field === null) {
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(unexpectedNulls(JSON.parse(stdout))).toEqual([]);
      } else {
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain(`${field}: `);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('lesson 3 and 4 links altered in one character', () => {
  const scenario = (name: string): Scenario => {
    const p = parseScenario(preset(name));
    if (!p.ok) throw new Error(name);
    return p.scenario;
  };
  const links: LinkState[] = [
    { lesson: 'launch', scenario: scenario('launch-ohno-question'), replication: 7, predictions: { earnsMore: 'pilot', losesMoreOften: 'launch' }, extra: { pair: { first: 0, second: 1 } } },
    { lesson: 'pull', scenario: scenario('pull-balanced'), predictions: { deliveries: 'same', lessWip: 'pull' }, extra: { wipCap: 8 } },
    { lesson: 'pull', scenario: scenario('kanban-one-square-short') },
  ];

  it('every substitution, deletion and insertion is refused or opens the very same state', () => {
    let tried = 0;
    for (const state of links) {
      const encoded = encodeLink(state, { includePredictions: true });
      if (!encoded.ok) throw new Error(encoded.message);
      const q = encoded.query;
      const original = decodeLink(q);
      if (!original.ok) throw new Error(original.message);
      const same = canonicalJson(original.state as never);
      for (let i = 0; i < q.length; i++) {
        const variants = ['A', 'z', '0', '_', '-', '%', '&', q[i] === 'N' ? 'M' : 'N'].filter((c) => c !== q[i]).map((c) => q.slice(0, i) + c + q.slice(i + 1));
        variants.push(q.slice(0, i) + q.slice(i + 1), `${q.slice(0, i)}A${q.slice(i)}`);
        for (const altered of variants) {
          tried++;
          const r = decodeLink(altered);
          if (r.ok) expect(canonicalJson(r.state as never), `position ${i} of a ${state.lesson} link`).toBe(same);
          else expect(r.message.length).toBeGreaterThan(0);
        }
      }
    }
    expect(tried).toBeGreaterThan(15_000);
  }, 120_000);
});

class Conn implements Connection {
  sent: ServerMessage[] = [];
  code?: string;
  role?: 'presenter' | 'trainee';
  participant?: string;
  send(m: ServerMessage): void {
    this.sent.push(m);
  }
}

describe('room messages for every lesson: oversized, wrong types, unknown question ids, floods', () => {
  it('never throws; each refused frame says which field; the room stays consistent', async () => {
    const rng = seedrandom('room-hostile');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    const key = (n: number) => `device-key-${String(n).padStart(12, '0')}`;
    const service = new RoomService({
      store: new RoomStore(null),
      now: () => 1_000_000,
      runChallenge: async (p) =>
        p.kind === 'pull' ? { kind: 'pull', throughput: 0.5, wip: 3 } : p.kind === 'launch' ? { kind: 'launch', meanProfit: 1, probLoss: 0 } : p.kind === 'kaizen' ? { kind: 'kaizen', leadTime: 10, wip: 1 } : { kind: 'batching', leadTime: 1, makespan: 2 },
      outcome: async () => ({ choice: 'same', by: 0, unit: 'money' }),
    });
    const presenter = new Conn();
    await service.handle(presenter, { t: 'create', id: 'c1', client: key(0) });
    const created = presenter.sent.find((m) => m.t === 'ack');
    if (!created || created.t !== 'ack' || !created.ok || !created.code || !created.secret) throw new Error('no room');
    const { code, secret } = created;
    await service.handle(presenter, { t: 'hello', id: 'h0', code, client: key(0), secret });
    const people: Conn[] = [];
    for (let i = 1; i <= 12; i++) {
      const c = new Conn();
      await service.handle(c, { t: 'hello', id: 'h', code, client: key(i), nickname: `P${i}` });
      people.push(c);
    }
    const VALUES: unknown[] = [...EXTREMES.slice(0, 30), ...QUESTION_IDS, 'launch.nope', 'kaizen.first-fix ', 'toString', 'batch', 'forecast', 'smed', 'x'.repeat(70), 1_000_001, 2 ** 31];
    let step = 0;
    const frame = (): string => {
      const r = rng();
      if (r < 0.03) return 'x'.repeat(pick([16 * 1024, 16 * 1024 + 1, 100_000]));
      if (r < 0.06) return pick(['', 'null', '[]', '{', '"a"', '1e999', '{"t":"answer","id":"a","step":1,"choice":"batch","__proto__":{"x":1}}']);
      const id = `m${Math.floor(rng() * 1e6)}`;
      const at = rng() < 0.8 ? step : pick([0, step + 1, 1_000_000]);
      const m: Record<string, unknown> = structuredClone(
        pick<Record<string, unknown>>([
          { t: 'answer', id, step: at, choice: pick(['batch', 'flow', 'same', 'forecast', 'pilot', 'push', 'pull', 'smed', 'check']) },
          { t: 'submit', id, step: at, launch: { initial: Math.floor(rng() * 200_000), rate: Math.floor(rng() * 40_000), periods: Math.floor(rng() * 13) } },
          { t: 'submit', id, step: at, wipCap: 1 + Math.floor(rng() * 60) },
          { t: 'submit', id, step: at, fixes: pick([[], ['smed'], ['smed', 'check'], ['no-walk', 'label']]) },
          { t: 'team', id, team: pick(['Red', 'Blue', null]) },
          { t: 'advance', id, secret, to: pick([{ kind: 'question', question: pick(QUESTION_IDS), seconds: 30 }, { kind: 'challenge', challenge: pick(['launch', 'pull', 'kaizen', 'batching']), target: 1, lossCap: 0.5 }]) },
          { t: 'reveal', id, secret, step: at },
          { t: 'teams', id, secret, teams: ['Red', 'Blue'] },
        ]),
      );
      for (let k = rng() < 0.3 ? 0 : 1 + Math.floor(rng() * 2); k > 0; k--) {
        const f = pick(Object.keys(m).filter((x) => x !== 't').concat(['extra']));
        const inner = m[f];
        if (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && rng() < 0.7) (inner as Record<string, unknown>)[pick(Object.keys(inner).concat(['extra']))] = structuredClone(pick(VALUES));
        else if (rng() < 0.75) m[f] = structuredClone(pick(VALUES));
        else delete m[f];
      }
      return JSON.stringify(m);
    };
    let accepted = 0;
    for (let i = 0; i < 6000; i++) {
      const text = frame();
      const parsed = parseClientFrame(text);
      if (!parsed.ok) {
        expect(parsed.error, text.slice(0, 120)).toMatch(/^(frame|message|[\w.[\]$]+): /);
        continue;
      }
      accepted++;
      await service.handle(i % 7 === 0 ? presenter : pick(people), parsed.message);
      const last = presenter.sent.filter((m) => m.t === 'view').at(-1);
      if (last?.t === 'view') step = last.view.step.no;
    }
    expect(accepted).toBeGreaterThan(1000);
    const view = presenter.sent.filter((m) => m.t === 'view').at(-1);
    if (view?.t !== 'view') throw new Error('no board view');
    const board = view.view as BoardView;
    expect(board.participants).toHaveLength(12);
    // A question's counts never exceed the people in the room.
    if (board.step.distribution) expect(Object.values(board.step.distribution).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12);
  }, 120_000);
});
