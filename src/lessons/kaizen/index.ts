/** Lesson 2's kaizen model: improvements as reversible changes to a scenario, and the lesson's intended steps. Pure, DOM-free. */
export {
  applyImprovements,
  describeImprovement,
  improvementLabel,
  scaleDistribution,
  withMean,
  withoutImprovement,
  type AppliedImprovement,
  type ApplyResult,
  type Improvement,
  type ImprovementKind,
  type ImprovementProblem,
  type Shortening,
} from './improvements.ts';
export { kaizenFigures, type KaizenFigures } from './figures.ts';
export { CLUES, INTENDED_IMPROVEMENTS, IT_FAILED_BEFORE_FILE, ONE_PIECE_FLOW, improvedOnePieceFlow } from './it-failed-before.ts';
