/** For tests: what `genba run` (bin/genba.js, a child process) prints for scenarios. Node only. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ran = new Map<string, Record<string, unknown>>();

/** Runs scenarios through the CLI, one process each (once per distinct scenario), on one thread as the server's thread does. */
export function cliOutputs(scenarios: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'genba-cli-'));
  try {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, scenario] of Object.entries(scenarios)) {
      const text = JSON.stringify(scenario);
      let output = ran.get(text);
      if (!output) {
        const file = join(dir, `${name}.json`);
        writeFileSync(file, text);
        output = JSON.parse(execFileSync(process.execPath, ['bin/genba.js', 'run', file, '--workers', '1'], { encoding: 'utf8' })) as Record<string, unknown>;
        ran.set(text, output);
      }
      out[name] = output;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

