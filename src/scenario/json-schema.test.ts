/**
 * schema/scenario.schema.json: committed, generated, and in agreement with the parser.
 * A small validator for the keywords the file uses checks the agreement both ways (the
 * project has no JSON Schema library, and one is not worth adding for a test).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { scenarioArb } from './arbitraries.ts';
import { buildScenarioJsonSchema, renderScenarioJsonSchema } from './json-schema.ts';
import { parseScenario } from './parse.ts';
import { flowLine, launch } from './test-helpers.ts';

const schemaFile = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));

type Schema = { readonly [keyword: string]: unknown };

const IGNORED = new Set(['$schema', 'title', 'description', 'default']);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** True when `value` satisfies `schema`; throws on a keyword it does not know, so none is skipped. */
function conforms(value: unknown, schema: Schema, root: Schema): boolean {
  for (const [keyword, rule] of Object.entries(schema)) {
    if (IGNORED.has(keyword) || keyword === '$defs') continue;
    if (!check(keyword, rule, value, schema, root)) return false;
  }
  return true;
}

function check(keyword: string, rule: unknown, value: unknown, schema: Schema, root: Schema): boolean {
  const n = typeof value === 'number' ? value : undefined;
  switch (keyword) {
    case '$ref': {
      const name = String(rule).replace('#/$defs/', '');
      const defs = root['$defs'];
      const target = isSchema(defs) ? defs[name] : undefined;
      if (!isSchema(target)) throw new Error(`unknown $ref ${String(rule)}`);
      return conforms(value, target, root);
    }
    case 'type':
      if (rule === 'integer') return Number.isInteger(value);
      return typeOf(value) === rule;
    case 'const':
      return value === rule;
    case 'enum':
      return Array.isArray(rule) && rule.includes(value);
    case 'anyOf':
      return Array.isArray(rule) && rule.some((s) => isSchema(s) && conforms(value, s, root));
    case 'oneOf':
      return Array.isArray(rule) && rule.filter((s) => isSchema(s) && conforms(value, s, root)).length === 1;
    case 'properties': {
      if (!isSchema(value) || !isSchema(rule)) return true;
      return Object.entries(rule).every(([key, sub]) => !(key in value) || (isSchema(sub) && conforms(value[key], sub, root)));
    }
    case 'required':
      return !isSchema(value) || (Array.isArray(rule) && rule.every((key) => Object.hasOwn(value, String(key))));
    case 'additionalProperties': {
      if (!isSchema(value)) return true;
      const known = isSchema(schema['properties']) ? schema['properties'] : {};
      const extra = Object.keys(value).filter((key) => !Object.hasOwn(known, key));
      return rule === false ? extra.length === 0 : true;
    }
    case 'items':
      return !Array.isArray(value) || (isSchema(rule) && value.every((item) => conforms(item, rule, root)));
    case 'minItems':
      return !Array.isArray(value) || value.length >= Number(rule);
    case 'maxItems':
      return !Array.isArray(value) || value.length <= Number(rule);
    case 'minimum':
      return n === undefined || n >= Number(rule);
    case 'maximum':
      return n === undefined || n <= Number(rule);
    case 'exclusiveMinimum':
      return n === undefined || n > Number(rule);
    case 'exclusiveMaximum':
      return n === undefined || n < Number(rule);
    case 'minLength':
      return typeof value !== 'string' || [...value].length >= Number(rule);
    case 'maxLength':
      return typeof value !== 'string' || [...value].length <= Number(rule);
    case 'pattern':
      return typeof value !== 'string' || new RegExp(String(rule), 'u').test(value);
    default:
      throw new Error(`the test validator does not know "${keyword}"`);
  }
}

/** Rules only the parser checks: cross-field rules and the pre-pass limits. */
const PARSER_ONLY =
  /must be unique|must sum to 1|must be [<≤] economics\.|must be ≥ (min|mode|sweep\.from) |must be < release\.horizon|must have a mean > 0|must not be given together|or give a sweep|must give at most|launch quantities \(at most|must be nested at most|at most 10,000 (items|keys)|reserved key|at least 0\.000001|on this line \(a run would take/;

const schema: Schema = { ...buildScenarioJsonSchema() };
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('schema/scenario.schema.json', () => {
  it('is what `npm run schema` writes now (run it after changing the schema)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(renderScenarioJsonSchema());
  });

  it('is draft 2020-12, closed to unknown keys, and names the cross-field rules', () => {
    const text = renderScenarioJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(text).not.toContain('"additionalProperties": {');
    for (const rule of ['salvage < cost ≤ price', 'probabilities must sum to 1', 'Station names must be unique', 'warmup must be < horizon', 'exactly one of launchQuantities and sweep', 'min ≤ mode ≤ max']) {
      expect(text).toContain(rule);
    }
  });

  it('accepts the base examples and refuses a typo', () => {
    expect(conforms(flowLine(), schema, schema)).toBe(true);
    expect(conforms(launch(), schema, schema)).toBe(true);
    expect(conforms({ ...flowLine(), transferBach: 5 }, schema, schema)).toBe(false);
    expect(conforms({ ...flowLine(), stations: [{ name: 'A', processTime: { dist: 'weibull' } }] }, schema, schema)).toBe(false);
  });

  it('accepts every valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        expect(conforms(asJson(input), schema, schema)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the parser on arbitrary JSON, except for the parser-only rules', () => {
    const nearlyValid = fc.oneof(
      scenarioArb.chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...Object.keys(s)), fc.jsonValue({ maxDepth: 2 }))).map(([s, key, value]) => ({ ...s, [key]: value })),
      fc.jsonValue({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(nearlyValid, (input) => {
        const json = asJson(input);
        const result = parseScenario(json);
        const inSchema = conforms(json, schema, schema);
        if (result.ok) expect(inSchema).toBe(true);
        else if (inSchema) expect(result.issues.every((i) => PARSER_ONLY.test(i.allowed)), result.issues.map((i) => i.message).join('\n')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
