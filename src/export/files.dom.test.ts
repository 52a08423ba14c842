/** Scenario files in and out, downloads and safe file names, in happy-dom. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { MAX_SCENARIO_BYTES, parseScenarioText } from '../scenario/index.ts';
import { downloadBlob, safeFileName } from './download.ts';
import { droppedFile, isFileDrag, readScenarioFile, scenarioFileBlob, scenarioFileName, scenarioFileText } from './scenario-file.ts';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('readScenarioFile', () => {
  it('reads a valid scenario file', async () => {
    const file = new File([scenarioFileText(pennyGame(5))], 'penny.json', { type: 'application/json' });
    expect(await readScenarioFile(file)).toEqual({ ok: true, scenario: pennyGame(5) });
  });

  it('refuses a file over the limit from its size, without reading it', async () => {
    let read = false;
    const huge = { size: 5_000_000, text: async () => { read = true; return '{}'; } } as unknown as Blob;
    expect(await readScenarioFile(huge)).toEqual({
      ok: false,
      issues: [
        {
          path: '(file)',
          value: '5,000,000 bytes',
          allowed: 'must be at most 1 MiB (1,048,576 bytes)',
          message: '(file): too large, must be at most 1 MiB (1,048,576 bytes)',
        },
      ],
    });
    expect(read).toBe(false);
    const justOver = new File([new Uint8Array(MAX_SCENARIO_BYTES + 1)], 'big.json');
    expect(await readScenarioFile(justOver)).toMatchObject({ ok: false, issues: [{ path: '(file)', value: '1,048,577 bytes' }] });
  });

  it('gives the validator messages for an invalid file, as the editor does', async () => {
    const text = JSON.stringify({ ...pennyGame(5), transferBatch: 0, stations: [{ name: 'A', procesTime: 1 }] });
    const result = await readScenarioFile(new File([text], 'bad.json'));
    expect(result).toEqual(parseScenarioText(text));
    // The same issues as the editor's validator (compared whole above); the schema's key list may grow.
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^stations\[0\]\.procesTime: unknown key, the key must be one of name, processTime, /),
      expect.stringMatching(/^stations\[0\]\.processTime: missing, required/),
      'transferBatch: 0 is not allowed, must be ≥ 1',
    ]);
    const notJson = await readScenarioFile(new File(['{"version": 1,'], 'broken.json'));
    expect(notJson).toMatchObject({ ok: false, issues: [{ path: '(file)', message: expect.stringMatching(/^\(file\): not valid JSON/) }] });
  });

  it('refuses prototype pollution in a file (P4)', async () => {
    const text = JSON.stringify(pennyGame(5)).replace('{"version"', '{"__proto__":{"polluted":1},"version"');
    const result = await readScenarioFile(new File([text], 'evil.json'));
    expect(result).toMatchObject({ ok: false, issues: [{ message: '__proto__: reserved key, not allowed anywhere in a scenario' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('answers a file that cannot be read', async () => {
    const broken = { size: 10, text: async () => { throw new Error('NotReadableError'); } } as unknown as Blob;
    expect(await readScenarioFile(broken)).toMatchObject({ ok: false, issues: [{ message: '(file): could not be read, must be a file this browser can read' }] });
  });
});

describe('scenario file out', () => {
  it('writes the documented JSON, which reads back to the same scenario', async () => {
    const scenario = pennyGame(5, { name: 'Penny game, batch of 5' });
    const blob = scenarioFileBlob(scenario);
    expect(blob.type).toBe('application/json');
    expect(parseScenarioText(await blob.text())).toEqual({ ok: true, scenario });
    expect(scenarioFileName(scenario)).toBe('Penny game, batch of 5.json');
    expect(scenarioFileName(pennyGame(5))).toBe('genba-scenario.json');
  });
});

describe('safeFileName', () => {
  it('makes names every system accepts', () => {
    expect(safeFileName('Penny game', 'csv')).toBe('Penny game.csv');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'svg')).toBe('a b c d e f g h i j.svg');
    expect(safeFileName('../../etc/passwd', 'json')).toBe('etc passwd.json');
    expect(safeFileName('  ..hidden.  ', 'png')).toBe('hidden.png');
    expect(safeFileName('CON', 'txt')).toBe('CON-file.txt');
    expect(safeFileName('line\nbreak\u0000', 'csv')).toBe('line break.csv');
    expect(safeFileName('evil\u202egpj.exe', 'csv')).toBe('evil gpj.exe.csv');
    expect(safeFileName('', 'csv')).toBe('genba.csv');
    expect(safeFileName('///', 'csv', 'trace')).toBe('trace.csv');
    expect(safeFileName('Überstunden – Linie 3', '.png')).toBe('Überstunden – Linie 3.png');
    const long = safeFileName(`${'a'.repeat(79)}😀tail`, 'csv');
    expect(long).toBe(`${'a'.repeat(79)}.csv`);
  });
});

describe('downloadBlob', () => {
  it('clicks a temporary download link, then cleans up', () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:genba/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    let clicked: { href: string; download: string } | null = null;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = { href: this.href, download: this.download };
    });
    downloadBlob(new Blob(['x']), 'Penny game.csv');
    expect(created).toHaveBeenCalledOnce();
    expect(clicked).toEqual({ href: 'blob:genba/1', download: 'Penny game.csv' });
    expect(document.querySelector('a')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:genba/1');
    vi.useRealTimers();
  });
});

describe('drag and drop', () => {
  it('recognises a file drag and takes the first file dropped', () => {
    const file = new File(['{}'], 'a.json');
    const transfer = { types: ['Files'], files: [file] } as unknown as DataTransfer;
    const event = { dataTransfer: transfer } as DragEvent;
    expect(isFileDrag(event)).toBe(true);
    expect(droppedFile(event)).toBe(file);
    const text = { dataTransfer: { types: ['text/plain'], files: [] } } as unknown as DragEvent;
    expect(isFileDrag(text)).toBe(false);
    expect(droppedFile(text)).toBeNull();
    expect(droppedFile({ dataTransfer: null } as DragEvent)).toBeNull();
  });
});
