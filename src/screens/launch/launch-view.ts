/**
 * What lesson 3's screen derives from its state for the prediction (pure): the answers it
 * offers and the finished run's verdict on the prediction it kept, for either version.
 */
import { shownName } from '../../i18n/preset-names.ts';
import { getLocale } from '../../i18n/locale.ts';
import type { AnswerOption } from '../../components/launch/genba-launch-prediction.ts';
import type { ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import { quantitiesCheck, strategiesCheck, type PredictionCheck } from '../../lessons/launch/prediction-check.ts';
import { strategyLabel } from '../../lessons/launch/strategies.ts';
import { differenceOf, type ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import { hasStrategies } from '../../scenario/types.ts';
import type { FinishedRun } from './launch-run-state.ts';

const optionsCache = new WeakMap<ValidLaunchForm, { pair: ComparedPair; locale: string; options: AnswerOption[] }>();

/**
 * The two answers a prediction offers: the launch and the pilot (version 1), or the two
 * strategies compared, first and second. The same array while the case, the pair and the
 * language stay, so the prediction is not drawn again on every progress update.
 */
export function answerOptions(v: ValidLaunchForm | null, pair: ComparedPair): AnswerOption[] {
  if (v === null) return [];
  const locale = getLocale();
  const cached = optionsCache.get(v);
  if (cached && cached.pair === pair && cached.locale === locale) return cached.options;
  const options = computeOptions(v, pair);
  optionsCache.set(v, { pair, locale, options });
  return options;
}

function computeOptions(v: ValidLaunchForm, pair: ComparedPair): AnswerOption[] {
  if (hasStrategies(v.scenario)) {
    const strategies = v.scenario.strategies;
    if (strategies.length < 2) return [];
    const name = (i: number) => shownName(strategies[i]?.name ?? '');
    return [
      { value: 'pilot', label: name(pair.first) },
      { value: 'launch', label: name(pair.second) },
    ];
  }
  return [
    { value: 'launch', label: strategyLabel('launch', v.quantities.launch) },
    { value: 'pilot', label: strategyLabel('pilot', v.quantities.pilot) },
  ];
}

const checks = new WeakMap<FinishedRun, { locale: string; check: PredictionCheck | null }>();

/**
 * The finished run's verdict on the prediction it kept (for strategies: the pair compared when
 * it ran). The same object for the same run and language, so the prediction component draws
 * (and the session records) the verdict once, not on every update of the page.
 */
export function predictionCheckOf(f: FinishedRun | null): PredictionCheck | null {
  if (f === null) return null;
  const locale = getLocale();
  const cached = checks.get(f);
  if (cached?.locale === locale) return cached.check;
  const check = computeCheck(f);
  checks.set(f, { locale, check });
  return check;
}

function computeCheck(f: FinishedRun): PredictionCheck | null {
  if (f.kind === 'quantities') {
    const { launch, pilot } = f.result.strategies;
    return quantitiesCheck(f.prediction, f.request.quantities, launch.result, pilot.result);
  }
  const pair = f.result.pair;
  const results = f.result.output.results;
  const first = results[pair.first];
  const second = results[pair.second];
  const d = differenceOf(f.result.paired, results.length, pair);
  if (!first || !second || !d) return null;
  return strategiesCheck(f.prediction, { first: shownName(first.strategy), second: shownName(second.strategy) }, first, second, d);
}
