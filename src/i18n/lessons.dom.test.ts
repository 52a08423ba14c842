/**
 * Lessons 2 and 3, the share panel's stored words and the guided path in 简体中文 (docs/i18n.md,
 * phase 2): the pure sentence and label functions answer in the language shown, numbers keep
 * their digits, and what is data — kaizen log files, CSV contents, stored set-aside reasons —
 * stays English whatever the page shows.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { switchLocale } from './locale.ts';
import { GUIDED_PATH } from '../app/session.ts';
import { parseScenarioText } from '../scenario/index.ts';
import type { FlowLineScenario } from '../scenario/types.ts';
import { describeImprovement, improvementLabel } from '../lessons/kaizen/improvements.ts';
import { CLUES, INTENDED_IMPROVEMENTS, SMED_AT_THE_PRESS } from '../lessons/kaizen/it-failed-before.ts';
import { buildLog } from '../lessons/kaizen/kaizen-log.ts';
import { kaizenLogFile } from '../lessons/kaizen/kaizen-log-file.ts';
import { yamazumiOf } from '../lessons/kaizen/yamazumi.ts';
import { kaizenCsvFiles, kaizenLogCsv } from '../screens/kaizen/kaizen-csv-files.ts';
import { runTraced } from '../lessons/batching/paired-run.ts';
import { formatCompact, formatMoney, formatShare, formatWhole } from '../lessons/launch/format.ts';
import { strategyFileLabel, strategyLabel } from '../lessons/launch/strategies.ts';
import { marketStoryCsv } from '../screens/launch/launch-csv-files.ts';
import { seedCase } from '../lessons/launch/test-fixtures.ts';
import { setAsideReasonText } from '../storage/index.ts';

const original = ((): FlowLineScenario => {
  const parsed = parseScenarioText(readFileSync('public/scenarios/it-failed-before.json', 'utf8'));
  if (!parsed.ok || parsed.scenario.model !== 'flow-line') throw new Error('it-failed-before.json is not a flow-line scenario');
  return { ...parsed.scenario, replications: 2 };
})();
const first = SMED_AT_THE_PRESS[0]!;
const log = (() => {
  const built = buildLog(original, [first], new Map());
  if (!built.ok) throw new Error(built.message);
  return built;
})();

/** Every reason records.ts and local-store.ts write when they set an entry aside. */
const STORED_REASONS = [
  'its key is not one Genba writes (written by another program?)',
  'it is too large (1234567 characters)',
  'it is not valid JSON (damaged, or written by another program)',
  'it is not a Genba saved entry',
  'it is not a Genba saved entry (no schemaVersion)',
  'it was saved by a newer version of Genba (record format 2); it is left as it is',
  'its record format 0 is unknown',
  'it has fields a Genba saved entry does not have',
  'its save time is not valid',
  'it holds no saved work',
  'its checksum does not match its contents (damaged, or changed outside Genba)',
  'its id does not match its key',
  'its name must be text.',
  'its name must not be empty.',
  'its name is 300 characters long; at most 120 are allowed.',
  'its kind is not one Genba knows',
  'The scenario is not valid: transferBatch: 0 is not allowed, must be ≥ 1',
  'a set-aside record that could not be read',
  'its save time is not valid; it could not be moved aside (storage is full) and stays where it is',
];

const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  await switchLocale('zh-CN');
});
afterAll(async () => {
  await switchLocale('en');
  localStorage.clear();
});

describe('lesson 2 in 简体中文', () => {
  it('words the improvements and the clues in Chinese, the presets\' station and element names too (issue 16)', () => {
    expect(improvementLabel(first)).toBe('冲压：将“从库房取模具”改为外部换型（快速换模）');
    expect(improvementLabel({ id: 'b', kind: 'set-transfer-batch', batch: 10 })).toBe('每 10 件一批传递');
    // The stated basis of a shortening is worded in Chinese too; the process batch as well.
    expect(improvementLabel(INTENDED_IMPROVEMENTS[0]!)).toContain('（依据：快换工装：用快速夹紧装置和定位销代替螺栓）');
    expect(improvementLabel(INTENDED_IMPROVEMENTS[1]!)).toBe('每 10 件换型一次（加工批量）');
    expect(CLUES['press-check']).toMatch(/^冲压变快后/);
    const names = yamazumiOf(original).flatMap((s) => s.elements.map((e) => e.name));
    expect(names).toContain('取出/放回');
    expect(names).toContain('从库房取模具（换型）');
  });

  it('keeps the kaizen log file and its CSV English (data), and labels the CSV downloads in Chinese', () => {
    expect(describeImprovement(first)).toBe('Press: make "fetch die from store" external (SMED)');
    const file = kaizenLogFile({ scenario: original, improvements: [first], expectations: new Map() }, log.log);
    expect(file.log.entries[0]!.description).toBe('Press: make "fetch die from store" external (SMED)');
    const csv = kaizenLogCsv(log.log, original);
    expect(csv).toContain('"Press: make ""fetch die from store"" external (SMED)"');
    expect(csv).toContain('One-piece flow as the line stood');
    expect(csv).not.toMatch(CJK);
    const labels = kaizenCsvFiles(log.log, original, runTraced('batch', original, 0), runTraced('flow', log.line, 0)).map((f) => f.label);
    expect(labels).toEqual(['改善日志（步骤与数字）', '事件记录，每批 10 件', '逐件记录，每批 10 件', '事件记录，一个流', '逐件记录，一个流']);
  });
});

describe('lesson 3 in 简体中文', () => {
  it('writes the same digits, with Chinese words and short forms', () => {
    expect(formatWhole(1060527.4)).toBe('1,060,527');
    expect(formatMoney(-203549.4)).toBe('−203,549');
    expect(formatShare(0.4957)).toBe('49.6%');
    expect(formatCompact(2_300_000)).toBe('230万');
    expect(formatCompact(-203_400)).toBe('−20.3万');
    expect(formatCompact(950)).toBe('950');
    expect(strategyLabel('launch', 30000)).toBe('上市 30,000');
    expect(strategyLabel('pilot', 500)).toBe('试产 500');
  });

  it('keeps the market story CSV English', () => {
    const scenario = seedCase({ replications: 20, seed: 'zh' });
    const csv = marketStoryCsv({ scenario, sweepScenario: scenario, quantities: { pilot: 500, launch: 30000 } }, 0);
    expect(csv).toContain('"Launch 30,000",30000,1,');
    expect(csv).toContain('Pilot 500,500,1,');
    expect(csv).not.toMatch(CJK);
    expect(strategyFileLabel('launch', 30000)).toBe('Launch 30,000');
  });
});

describe('saved work and the guided path in 简体中文', () => {
  it('words every stored set-aside reason in Chinese when it is shown', () => {
    for (const reason of STORED_REASONS) expect(setAsideReasonText(reason), reason).toMatch(CJK);
    expect(setAsideReasonText('a reason another program wrote')).toBe('a reason another program wrote');
  });

  it('reads the guided path in Chinese (getters, looked up when read)', () => {
    expect(GUIDED_PATH.kaizen.title).toBe('第 2 课 · 试过了，失败了');
    expect(GUIDED_PATH.launch.steps.map((s) => s.title)).toContain('一个市场，逐月来看');
    expect(GUIDED_PATH.batching.debrief[0]).toMatch(CJK);
  });
});

describe('back in English', () => {
  it('answers in English again', async () => {
    await switchLocale('en');
    expect(GUIDED_PATH.kaizen.title).toBe('Lesson 2 · It was tried, and it failed');
    expect(strategyLabel('launch', 30000)).toBe('Launch 30,000');
    expect(formatCompact(2_300_000)).toBe('2.3M');
    expect(setAsideReasonText('its id does not match its key')).toBe('its id does not match its key');
  });
});
