/**
 * Writes the golden results (QUALITY R3): every scenario in test/golden/cases and every
 * preset in public/scenarios, run by the core, into test/golden/expected. Run it only when
 * a change to the numbers is intended, and bump ENGINE_VERSION with a CHANGELOG line.
 */
import { writeFileSync } from 'node:fs';
import { goldenCases, goldenOutput } from '../test/golden/cases.ts';

for (const c of goldenCases()) {
  writeFileSync(c.expectedPath, goldenOutput(c.text));
  console.log(`wrote ${c.expectedPath}`);
}
