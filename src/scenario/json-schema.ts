/**
 * schema/scenario.schema.json, generated from the valibot schema so the two cannot drift
 * (a unit test compares the committed file with renderScenarioJsonSchema()). Editors use
 * it to complete and check scenario files.
 *
 * What JSON Schema cannot say is left to the descriptions: cross-field rules (rawCheck),
 * the finiteness of numbers (JSON has no NaN anyway), and the plain-number shorthand's
 * conversion (the schema describes the file as written, before normalisation). Dev-only:
 * @valibot/to-json-schema is a devDependency, so the app never imports this module.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { distributionObjectSchema } from './distribution-schema.ts';
import { scenarioSchema } from './schema.ts';
import { SCENARIO_VERSION } from './types.ts';

const CONFIG: ConversionConfig = {
  target: 'draft-2020-12',
  // The file as written: stop before the transforms that normalise it.
  typeMode: 'input',
  // Anything else that cannot be converted is a mistake to fix, not to skip quietly.
  errorMode: 'throw',
  ignoreActions: ['finite', 'raw_check'],
  // Written once under $defs rather than at each of the five places a time distribution goes.
  definitions: { distribution: distributionObjectSchema },
  overrideSchema: ({ valibotSchema, jsonSchema }) => {
    // Our strict objects are objectWithRest(entries, never()): "no other keys".
    if (valibotSchema.type === 'object_with_rest') return { ...jsonSchema, additionalProperties: false };
    return undefined;
  },
};

export function buildScenarioJsonSchema(): JsonSchema {
  const { $schema, ...body } = toJsonSchema(scenarioSchema, CONFIG);
  return {
    $schema,
    title: `Genba scenario (version ${SCENARIO_VERSION})`,
    ...body,
  };
}

/** The file's exact text: two-space indentation and a final newline. */
export function renderScenarioJsonSchema(): string {
  return `${JSON.stringify(buildScenarioJsonSchema(), null, 2)}\n`;
}
