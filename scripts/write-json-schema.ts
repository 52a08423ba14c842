/**
 * Writes schema/scenario.schema.json from the valibot schema (`npm run schema`). Run it
 * after changing src/scenario/schema.ts; a unit test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderScenarioJsonSchema } from '../src/scenario/json-schema.ts';

const target = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url));
writeFileSync(target, renderScenarioJsonSchema());
process.stdout.write(`wrote ${target}\n`);
