/**
 * What lesson 3's links carry beyond the case (docs/sharing.md): the prediction, when the
 * user opts in, and in `extra` the sweep grid (version 1) or the two strategies compared
 * (version 2). A link's data is untrusted: each part is read here, and one that is not what
 * this lesson asks for is left out with a notice rather than guessed.
 */
import { msg, str } from '@lit/localize';
import { issueText } from '../../i18n/issue-text.ts';
import type { decodeLink, LinkState } from '../../share/index.ts';
import { formFromScenario, validateLaunchForm, type LaunchForm, type ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import { NO_PREDICTION, type Prediction } from '../../lessons/launch/predictions.ts';
import { DEFAULT_PAIR, pairWithin, type ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import { defaultSweepGrid, type SweepGrid } from '../../lessons/launch/sweep-series.ts';
import { hasStrategies } from '../../scenario/types.ts';

/** The route and lesson id of this screen in links. */
export const LESSON = 'launch';

const ANSWERS: readonly (string | null)[] = ['launch', 'pilot', 'same', null];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A prediction from a link, or null when it is not one this lesson asks for. */
export function predictionFrom(value: unknown): Prediction | null {
  if (!isRecord(value)) return null;
  if (Object.keys(value).some((k) => k !== 'earnsMore' && k !== 'losesMoreOften')) return null;
  const earnsMore = Object.hasOwn(value, 'earnsMore') ? value['earnsMore'] : null;
  const losesMoreOften = Object.hasOwn(value, 'losesMoreOften') ? value['losesMoreOften'] : null;
  if (!ANSWERS.includes(earnsMore as string | null) || !ANSWERS.includes(losesMoreOften as string | null)) return null;
  return { earnsMore: earnsMore as Prediction['earnsMore'], losesMoreOften: losesMoreOften as Prediction['losesMoreOften'] };
}

/** A sweep grid from a link's `extra`, or null when there is none or it is not one. */
export function gridFrom(extra: unknown): SweepGrid | null {
  if (!isRecord(extra) || !Object.hasOwn(extra, 'sweep')) return null;
  const sweep = extra['sweep'];
  if (!isRecord(sweep)) return null;
  const { from, to, step } = sweep;
  return typeof from === 'number' && typeof to === 'number' && typeof step === 'number' ? { from, to, step } : null;
}

/** The two strategies compared from a link's `extra`, or null when there is none or it is not one. */
export function pairFrom(extra: unknown): ComparedPair | null {
  if (!isRecord(extra) || !Object.hasOwn(extra, 'pair')) return null;
  const pair = extra['pair'];
  if (!isRecord(pair)) return null;
  const { first, second } = pair;
  return Number.isInteger(first) && Number.isInteger(second) && first !== second ? { first: first as number, second: second as number } : null;
}

/** The state a link carries now: the case (seed and number of markets included), the market open, the prediction, the sweep or the pair. */
export function launchLinkState(v: ValidLaunchForm, story: number, prediction: Prediction, pair: ComparedPair): LinkState {
  const answered = prediction.earnsMore !== null || prediction.losesMoreOften !== null;
  return {
    lesson: LESSON,
    scenario: v.scenario,
    ...(story >= 0 && story < v.scenario.replications ? { replication: story } : {}),
    ...(answered ? { predictions: { earnsMore: prediction.earnsMore, losesMoreOften: prediction.losesMoreOften } } : {}),
    extra: hasStrategies(v.scenario) ? { pair: { first: pair.first, second: pair.second } } : { sweep: { from: v.grid.from, to: v.grid.to, step: v.grid.step } },
  };
}

/** A message worded when shown (it follows a language switch). */
type Text = () => string;

/** What a link in the address asks the lesson to open. */
export type LinkCase =
  | { readonly kind: 'absent' }
  | { readonly kind: 'problem'; readonly problem: Text }
  | {
      readonly kind: 'open';
      /** The form of the case, valid. */
      readonly form: LaunchForm;
      readonly prediction: Prediction;
      readonly pair: ComparedPair;
      readonly replication: number;
      readonly notices: readonly Text[];
    };

/**
 * Reads the link in a URL fragment's query: the case as a valid form (a sweep that makes it
 * invalid is left out with a notice), the prediction, the pair and the market, or why it
 * cannot be opened here. The decoder's and the validator's own messages stay English
 * (docs/i18n.md). `decode` is the link codec's decoder, which the screen loads only when the
 * address holds a link.
 */
export function readLinkCase(query: string, decode: typeof decodeLink): LinkCase {
  const decoded = decode(query);
  if (!decoded.ok) return decoded.reason === 'absent' ? { kind: 'absent' } : { kind: 'problem', problem: () => decoded.message };
  const { state } = decoded;
  const { scenario, lesson } = state;
  if (lesson !== LESSON) return { kind: 'problem', problem: () => msg(str`This link is for another lesson (${lesson}), not the launch-sizing lesson.`) };
  if (scenario.model !== 'launch') return { kind: 'problem', problem: () => msg("This link's scenario cannot be opened here: this lesson runs launch scenarios.") };
  const notices: Text[] = decoded.notices.map((n): Text => () => n);
  const strategies = hasStrategies(scenario);
  const grid = strategies ? null : gridFrom(state.extra);
  if (state.extra !== undefined && !strategies && grid === null) notices.push(() => msg("The link's sweep was left out: it is not a sweep {from, to, step}."));
  const fallback = defaultSweepGrid(scenario.market.states.map((s) => s.level));
  let form = formFromScenario(scenario, grid ?? fallback);
  let v = validateLaunchForm(form);
  if (grid !== null && !v.ok) {
    const issues = v.issues.map((i) => issueText(i)).slice(0, 2).join('; ');
    notices.push(() => msg(str`The link's sweep was left out: ${issues}.`));
    form = formFromScenario(scenario, fallback);
    v = validateLaunchForm(form);
  }
  if (!v.ok) {
    const issues = v.issues.map((i) => issueText(i)).slice(0, 3).join('; ');
    return { kind: 'problem', problem: () => msg(str`This link's case cannot be run here: ${issues}.`) };
  }
  const read = state.predictions === undefined ? NO_PREDICTION : predictionFrom(state.predictions);
  if (read === null) notices.push(() => msg("The link's prediction was left out: it is not a prediction this lesson asks for."));
  const pair = strategies ? pairWithin(pairFrom(state.extra), scenario.strategies.length) : DEFAULT_PAIR;
  return { kind: 'open', form, prediction: read ?? NO_PREDICTION, pair, replication: state.replication ?? 0, notices };
}
