/**
 * The scenario file format: validation, schemas, limits (docs/scenarios.md). The app, the
 * worker and the CLI import scenarios through this module only. The JSON Schema builder
 * (json-schema.ts) is left out on purpose: it needs a dev-only package.
 */
import { LIMITS } from './limits.ts';

export { FILE_PATH, parseScenario, parseScenarioText, tooLargeFile } from './parse.ts';
export { flowLineObjectSchema, launchObjectSchema, MODELS, scenarioSchema, SETUP_KINDS, TIME_UNITS } from './schema.ts';
export { DISTRIBUTION_NAMES, distributionObjectSchema, timeDistribution } from './distribution-schema.ts';
export { LIMITS } from './limits.ts';
export { launchQuantitiesOf, sweepPointCount, sweepQuantities, type Sweep } from './sweep.ts';
export {
  SCENARIO_VERSION,
  type FlowLineScenario,
  type LaunchQuantities,
  type LaunchScenario,
  type ParseResult,
  type Scenario,
  type ValidationIssue,
} from './types.ts';

/** Largest scenario file accepted, in bytes (1 MiB); check `File.size` against it before reading. */
export const MAX_SCENARIO_BYTES = LIMITS.maxTextBytes;
