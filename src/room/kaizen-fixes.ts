/**
 * Lesson 2's fixes as the room names them (a question's choices and the kaizen challenge's
 * parameters), each the lesson's own improvements (src/lessons/kaizen/it-failed-before.ts),
 * always applied in this order and then passed on one at a time (one-piece flow).
 */
import type { FlowLineScenario } from '../scenario/types.ts';
import { applyImprovements, type Improvement } from '../lessons/kaizen/improvements.ts';
import { INTENDED_IMPROVEMENTS, ONE_PIECE_FLOW, SMED_AT_THE_PRESS } from '../lessons/kaizen/it-failed-before.ts';

export const KAIZEN_FIX_IDS = ['smed', 'quick-change', 'process-batch', 'check', 'no-walk', 'label'] as const;
export type KaizenFix = (typeof KAIZEN_FIX_IDS)[number];

const intended = (id: string): Improvement[] => INTENDED_IMPROVEMENTS.filter((i) => i.id === id);

export const KAIZEN_FIXES: Readonly<Record<KaizenFix, readonly Improvement[]>> = {
  smed: SMED_AT_THE_PRESS,
  'quick-change': intended('press-quick-clamps'),
  'process-batch': intended('process-batch-10'),
  check: intended('press-check'),
  'no-walk': intended('assemble-no-walk'),
  label: intended('label-at-pack'),
};

/** The fixes in the canonical order, each once. */
export function canonicalFixes(fixes: readonly string[]): KaizenFix[] {
  return KAIZEN_FIX_IDS.filter((f) => fixes.includes(f));
}

/** The lesson's steps for these fixes, in the canonical order, then one-piece flow (what lesson 2's link carries). */
export function kaizenSteps(fixes: readonly string[]): Improvement[] {
  return [...canonicalFixes(fixes).flatMap((f) => KAIZEN_FIXES[f]), ONE_PIECE_FLOW];
}

/** The lesson's line with these fixes, in one-piece flow; throws with the lesson's message when a fix does not apply. */
export function kaizenScenario(base: FlowLineScenario, fixes: readonly string[]): FlowLineScenario {
  const chosen = canonicalFixes(fixes);
  const r = applyImprovements(base, kaizenSteps(chosen));
  if (!r.ok) throw new Error(r.problems[0]?.message ?? 'the fixes do not apply');
  const name = `${base.name ?? 'Line'} · one-piece flow${chosen.length ? ` + ${chosen.join(', ')}` : ''}`;
  return { ...r.scenario, name };
}
