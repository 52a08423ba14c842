/**
 * Lesson 2, "It failed before" (public/scenarios/it-failed-before.json): a mixed-model line
 * whose team tried one-piece flow and went back to containers of 10. The improvements a
 * trainee is meant to find, in the order they naturally show up when one walks the line and
 * re-runs it after each step, and what makes each one visible (docs/model.md, "The lesson
 * scenario"). The lesson compares the improved line in one-piece flow with the ORIGINAL
 * line run as the team runs it (batches of 10).
 */
import { msg } from '@lit/localize';
import type { FlowLineScenario } from '../../scenario/index.ts';
import { QUICK_CHANGE_BASIS, applyImprovements, type ApplyResult, type Improvement } from './improvements.ts';

/** The preset's file in public/scenarios. */
export const IT_FAILED_BEFORE_FILE = 'it-failed-before.json';

/** One-piece flow: what the team tried. Appended to the trainee's improvements for the comparison. */
export const ONE_PIECE_FLOW: Improvement = { id: 'one-piece-flow', kind: 'set-transfer-batch', batch: 1 };

/**
 * The intended improvements, in the order a trainee finds them (engine 2.0.0: external
 * setup is the operator's work, done in idle time; docs/model.md, "The lesson scenario").
 * In one-piece flow the press never stands idle, so making its die fetch external saves
 * nothing: its operator still fetches the die while parts wait (220.2 → 219.0 min). What
 * works: quick-change tooling on the die swap (a stated basis), then setting up once for
 * ten parts while still passing them on one at a time (a process batch); with the press
 * fast, a queue before the weld hides the press's drift, hence the check; then the assembly
 * station, overloaded by a walk (waste: removed) and a label that the underloaded packing
 * station can take.
 */
export const INTENDED_IMPROVEMENTS: readonly Improvement[] = [
  { id: 'press-quick-clamps', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 }, basis: QUICK_CHANGE_BASIS },
  { id: 'process-batch-10', kind: 'set-process-batch', batch: 10 },
  { id: 'press-check', kind: 'add-check', station: 'Press' },
  { id: 'assemble-no-walk', kind: 'remove-element', station: 'Assemble', element: 'walk to parts rack' },
  { id: 'label-at-pack', kind: 'move-element', element: 'fit label', from: 'Assemble', to: 'Pack' },
];

/** SMED at the press alone: it moves work out of the stopped press's time, but in one-piece flow the operator has no idle time to do it in. */
export const SMED_AT_THE_PRESS: readonly Improvement[] = [
  { id: 'press-fetch-die', kind: 'externalise-setup', station: 'Press', element: 'fetch die from store' },
  { id: 'press-clamps-tools', kind: 'externalise-setup', station: 'Press', element: 'get clamps and tools' },
];

/**
 * What the trainee sees on the line that points to each intended improvement, in the
 * language the page shows (getters: each is looked up when read, docs/i18n.md).
 */
export const CLUES: Readonly<Record<string, string>> = {
  get 'press-quick-clamps'() {
    return msg('In one-piece flow every part waits for a die change at the press, and its longest step is swapping the die: bolts undone and done up one by one, where quick-release clamps and locating pins would do.');
  },
  get 'process-batch-10'() {
    return msg('Every part still pays a whole changeover at the cut, the press and the weld. Parts of one family can share one set-up: set up once for ten and still pass them on one at a time.');
  },
  get 'press-check'() {
    return msg('With the press fast, parts queue in front of the weld, and a drifting die is found only when the weld reaches its first bad part: a whole queue of scrap.');
  },
  get 'assemble-no-walk'() {
    return msg('Assembly is now the slowest station, and every part sends its operator walking to the parts rack: a step marked as waste.');
  },
  get 'label-at-pack'() {
    return msg('Assembly is still above every other station while packing stands idle most of the time: the label can be fitted at packing.');
  },
};

/** The line the lesson's one-piece flow runs: the original with the trainee's improvements, passed on one at a time. */
export function improvedOnePieceFlow(original: FlowLineScenario, improvements: readonly Improvement[]): ApplyResult {
  return applyImprovements(original, [...improvements, ONE_PIECE_FLOW]);
}
