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
import { applyImprovements, type ApplyResult, type Improvement } from './improvements.ts';

/** The preset's file in public/scenarios. */
export const IT_FAILED_BEFORE_FILE = 'it-failed-before.json';

/** One-piece flow: what the team tried. Appended to the trainee's improvements for the comparison. */
export const ONE_PIECE_FLOW: Improvement = { id: 'one-piece-flow', kind: 'set-transfer-batch', batch: 1 };

/**
 * The intended improvements, in the order a trainee finds them. The first three are SMED at
 * the press, whose die change every part paid in one-piece flow; once the press is fast, a
 * queue forms before the weld and hides the press's drift (scrap jumps), hence the check;
 * then the weld's changeover paces the line, then the assembly station, overloaded by a walk
 * and a label that the underloaded packing station can take.
 */
export const INTENDED_IMPROVEMENTS: readonly Improvement[] = [
  { id: 'press-fetch-die', kind: 'externalise-setup', station: 'Press', element: 'fetch die from store' },
  { id: 'press-clamps-tools', kind: 'externalise-setup', station: 'Press', element: 'get clamps and tools' },
  { id: 'press-quick-clamps', kind: 'shorten-element', station: 'Press', element: 'swap die', to: { share: 0.1 } },
  { id: 'press-check', kind: 'add-check', station: 'Press' },
  { id: 'weld-fetch-fixture', kind: 'externalise-setup', station: 'Weld', element: 'fetch fixture' },
  { id: 'assemble-no-walk', kind: 'remove-element', station: 'Assemble', element: 'walk to parts rack' },
  { id: 'label-at-pack', kind: 'move-element', element: 'fit label', from: 'Assemble', to: 'Pack' },
];

/**
 * What the trainee sees on the line that points to each intended improvement, in the
 * language the page shows (getters: each is looked up when read, docs/i18n.md).
 */
export const CLUES: Readonly<Record<string, string>> = {
  get 'press-fetch-die'() {
    return msg('In one-piece flow every part waits for a die change at the press, and the operator walks to the store for the die while the press stands still.');
  },
  get 'press-clamps-tools'() {
    return msg('During the die change the operator also looks for clamps and tools, which could be laid out before the press stops.');
  },
  get 'press-quick-clamps'() {
    return msg('Swapping the die is the longest step left: bolts undone and done up one by one, where quick-release clamps would do.');
  },
  get 'press-check'() {
    return msg('With the press fast, parts queue in front of the weld, and a drifting die is found only when the weld reaches its first bad part: a whole queue of scrap.');
  },
  get 'weld-fetch-fixture'() {
    return msg('The weld now paces the line, and its changeover starts with fetching the fixture while the weld stands still.');
  },
  get 'assemble-no-walk'() {
    return msg('Assembly is now the slowest station, and every part sends its operator walking to the parts rack.');
  },
  get 'label-at-pack'() {
    return msg('Assembly is still above every other station while packing stands idle most of the time: the label can be fitted at packing.');
  },
};

/** The line the lesson's one-piece flow runs: the original with the trainee's improvements, passed on one at a time. */
export function improvedOnePieceFlow(original: FlowLineScenario, improvements: readonly Improvement[]): ApplyResult {
  return applyImprovements(original, [...improvements, ONE_PIECE_FLOW]);
}
