/**
 * The share-link codec (QUALITY P1, P2, P4, S7, R12): round trips for every valid scenario,
 * stable output, totality on any string, no prototype pollution, clear messages for
 * damaged, foreign and future links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scenarioArb } from '../scenario/arbitraries.ts';
import { MAX_SCENARIO_BYTES, parseScenario, parseScenarioText, type Scenario } from '../scenario/index.ts';
import { pennyGame } from '../lessons/batching/test-fixtures.ts';
import { ENGINE_VERSION } from '../sim/version.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import {
  createLinkDecoder,
  decodeLink,
  encodeLink,
  LINK_READERS,
  MAX_LINK_QUERY_CHARS,
  readV1,
  type DecodeResult,
  type LinkReader,
  type LinkState,
} from './link-codec.ts';
import { adler32, packZlib } from './zlib-frame.ts';
import { crc32, crc32Bytes } from './crc32.ts';
import { canonicalJson } from './plain-json.ts';

/** Thousands of generated cases: seconds, not milliseconds, on a loaded 2-core machine (not a speed test). */
const PROPERTY_TIMEOUT_MS = 60_000;

const RUNS = Number(process.env['FC_NUM_RUNS'] ?? 1000);

/** A link made by hand from JSON text, as an older or hostile encoder could make it. */
/** A link of the current format (2: zlib, then the CRC-32 of the JSON) holding `json` as it is. */
function rawLink(json: string): string {
  const bytes = new TextEncoder().encode(json);
  const packed = packZlib(bytes);
  const data = new Uint8Array(packed.length + 4);
  data.set(packed);
  data.set(crc32Bytes(bytes), packed.length);
  return `v=2&s=${encodeBase64url(data)}`;
}

/** A link of format 1 (zlib only, checked by its Adler-32), as builds before format 2 wrote them. */
function rawLinkV1(json: string): string {
  return `v=1&s=${encodeBase64url(packZlib(new TextEncoder().encode(json)))}`;
}

function validScenario(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.scenario;
}

function expectWellFormed(result: DecodeResult): void {
  if (result.ok) {
    expect(typeof result.state.lesson).toBe('string');
    expect(['flow-line', 'launch']).toContain(result.state.scenario.model);
    return;
  }
  expect(['absent', 'unsupported-version', 'too-long', 'damaged', 'too-large', 'invalid']).toContain(result.reason);
  expect(result.message.length).toBeGreaterThan(10);
  expect(result.message.length).toBeLessThan(1000);
}

// Prototype pollution watch (P4).
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype];
let before: string[][] = [];
beforeAll(() => {
  before = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());
});
afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype stays clean').toBeUndefined();
  expect(PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
});

// Reserved keys (`prototype`, …) are refused by design (tested below), so valid predictions leave them out.
const predictionsArb = fc
  .jsonValue({ maxDepth: 3 })
  .filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v)))
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const stateArb = scenarioArb.chain((file) => {
  const scenario = validScenario(file);
  return fc.record(
    {
      lesson: fc.constantFrom('batching', 'launch', 'engine', 'kaizen-1'),
      scenario: fc.constant(scenario),
      replication: fc.integer({ min: 0, max: scenario.replications - 1 }),
      t: fc.double({ min: 0, max: 1e9, noNaN: true }).map((t) => (t === 0 ? 0 : t)),
      predictions: predictionsArb,
      extra: predictionsArb,
    },
    { requiredKeys: ['lesson', 'scenario'] },
  );
});

describe('encodeLink / decodeLink round trip (P1)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('gives back the same state for every valid scenario', () => {
    fc.assert(
      fc.property(stateArb, (state: LinkState) => {
        const encoded = encodeLink(state, { includePredictions: true });
        if (!encoded.ok) throw new Error(encoded.message);
        expect(encoded.query.length).toBeLessThanOrEqual(MAX_LINK_QUERY_CHARS);
        const decoded = decodeLink(encoded.query);
        if (!decoded.ok) throw new Error(decoded.message);
        expect(decoded.state).toEqual(state);
        expect(decoded.notices).toEqual([]);
        expect(decoded.origin.engineVersion).toBe(ENGINE_VERSION);
      }),
      { numRuns: RUNS },
    );
  });

  it('is stable: the same state gives the same link, whatever the key order', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const a = encodeLink(state, { includePredictions: true });
        const b = encodeLink(state, { includePredictions: true });
        const reversed = Object.fromEntries(Object.entries(state.scenario).reverse()) as unknown as Scenario;
        const c = encodeLink({ ...state, scenario: reversed }, { includePredictions: true });
        expect(a).toEqual(b);
        expect(c).toEqual(a);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('leaves predictions out unless the user opted in', () => {
    const state: LinkState = { lesson: 'batching', scenario: pennyGame(5), predictions: { first: 'flow', finish: 'flow', by: 10 } };
    const without = encodeLink(state);
    const withThem = encodeLink(state, { includePredictions: true });
    if (!without.ok || !withThem.ok) throw new Error('encode failed');
    const a = decodeLink(without.query);
    const b = decodeLink(withThem.query);
    expect(a.ok && a.state.predictions).toBe(undefined);
    expect(b.ok && b.state.predictions).toEqual({ first: 'flow', finish: 'flow', by: 10 });
  });

  it('carries a lesson\'s own state (extra) whether or not predictions are shared', () => {
    const extra = { improvements: [{ id: 'press-check', kind: 'add-check', station: 'Press' }], station: 1 };
    const state: LinkState = { lesson: 'kaizen', scenario: pennyGame(5), predictions: { 'press-check': { direction: 'down', by: 3 } }, extra };
    const without = encodeLink(state);
    if (!without.ok) throw new Error(without.message);
    const decoded = decodeLink(without.query);
    expect(decoded.ok && decoded.state.extra).toEqual(extra);
    expect(decoded.ok && decoded.state.predictions).toBe(undefined);
    // A link made before `extra` existed opens as it did.
    const old = encodeLink({ lesson: 'kaizen', scenario: pennyGame(5) });
    const opened = old.ok ? decodeLink(old.query) : null;
    expect(opened?.ok && opened.state).toEqual({ lesson: 'kaizen', scenario: pennyGame(5) });
  });

  it('refuses extra that is not plain data, and drops hostile extra from a link with a notice', () => {
    expect(encodeLink({ lesson: 'kaizen', scenario: pennyGame(5), extra: { when: new Date(0) } })).toEqual({
      ok: false,
      message: 'extra: when: an object of a class is not allowed, must be plain JSON data',
    });
    const tooMany = Array.from({ length: 6000 }, (_, i) => i);
    const refused = encodeLink({ lesson: 'kaizen', scenario: pennyGame(5), extra: tooMany });
    expect(refused.ok).toBe(false);
    const scenarioJson = JSON.stringify(pennyGame(5));
    const hostile = `{"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"kaizen","extra":{"improvements":[{"__proto__":{"polluted":1}}]},"scenario":${scenarioJson}}`;
    const result = decodeLink(rawLink(hostile));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.extra).toBeUndefined();
    expect(result.notices).toEqual(["The link's lesson settings were left out: improvements[0].__proto__: reserved key, not allowed anywhere."]);
  });

  it('keeps names as the data they are (no HTML is interpreted)', () => {
    const name = '<img src=x onerror="window.__xss=1">&amp;</script>';
    const scenario = pennyGame(5, { name, stations: [{ name: '<b>Flipper</b>', processTime: 1 }] });
    const encoded = encodeLink({ lesson: 'batching', scenario });
    if (!encoded.ok) throw new Error(encoded.message);
    expect(encoded.query).toMatch(/^v=2&s=[A-Za-z0-9_-]+$/);
    const decoded = decodeLink(encoded.query);
    expect(decoded.ok && decoded.state.scenario.name).toBe(name);
    expect(decoded.ok && decoded.state.scenario.model === 'flow-line' && decoded.state.scenario.stations[0]?.name).toBe('<b>Flipper</b>');
  });

  it('keeps the preset scenarios under 2,000 characters (S7 link budget)', () => {
    const dir = new URL('../../public/scenarios/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const parsed = parseScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      if (!parsed.ok) throw new Error(file);
      const encoded = encodeLink({ lesson: 'batching', scenario: parsed.scenario, replication: 0, t: 12.5 });
      expect(encoded.ok && encoded.query.length, file).toBeLessThanOrEqual(2000);
    }
  });

  it('accepts a leading "?" and ignores other parameters of the screen', () => {
    const encoded = encodeLink({ lesson: 'launch', scenario: pennyGame(1) });
    if (!encoded.ok) throw new Error(encoded.message);
    expect(decodeLink(`?${encoded.query}`).ok).toBe(true);
    expect(decodeLink(`tab=results&${encoded.query}&zoom=2`).ok).toBe(true);
  });
});

describe('encodeLink refusals', () => {
  it('refuses an invalid scenario with the validator messages', () => {
    const bad = { ...pennyGame(5), transferBatch: 0 } as Scenario;
    const encoded = encodeLink({ lesson: 'batching', scenario: bad });
    expect(encoded).toEqual({ ok: false, message: expect.stringContaining('Transfer batch: 0 is not allowed') });
  });

  it('refuses a replication or position that does not fit, and predictions that are not plain data', () => {
    expect(encodeLink({ lesson: 'batching', scenario: pennyGame(5), replication: 1 })).toEqual({
      ok: false,
      message: 'replication: 1 is not allowed; it must be a whole number from 0 to 0',
    });
    expect(encodeLink({ lesson: 'batching', scenario: pennyGame(5), t: -1 }).ok).toBe(false);
    expect(encodeLink({ lesson: 'batching', scenario: pennyGame(5), predictions: { by: Infinity } }, { includePredictions: true })).toEqual({
      ok: false,
      message: 'predictions: by: Infinity is not allowed, must be a finite number',
    });
    expect(encodeLink({ lesson: '<script>', scenario: pennyGame(5) }).ok).toBe(false);
  });

  it('refuses a scenario too large for a link, and says to save a file', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => i * 1.0000001 + 0.123456789);
    const big = pennyGame(5, { stations: [1, 2, 3, 4].map((i) => ({ name: `S${i}`, processTime: { dist: 'empirical', values } })) });
    const encoded = encodeLink({ lesson: 'batching', scenario: big });
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.message).toMatch(/too large for a link .*Save it as a file instead\./);
  });
});

describe('decodeLink totality (P2)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('answers every random string with a state or a clear message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => expectWellFormed(decodeLink(query))),
      { numRuns: 10_000 },
    );
  });

  it('answers random data behind a valid header', () => {
    const b64 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 400 });
    fc.assert(fc.property(b64, (s) => expectWellFormed(decodeLink(`v=1&s=${s}`))), { numRuns: 10_000 });
  });

  it('answers random bytes and random JSON that unpack correctly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectWellFormed(decodeLink(`v=1&s=${encodeBase64url(packZlib(bytes))}`))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(decodeLink(rawLink(JSON.stringify(value))));
        const envelope = { engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario: value };
        expectWellFormed(decodeLink(rawLink(JSON.stringify(envelope))));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers mutated valid envelopes: fields deleted, retyped or set to hostile values', () => {
    const base = { engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario: pennyGame(5), replication: 0, t: 3, predictions: { a: 1 } };
    const keys = Object.keys(base) as (keyof typeof base)[];
    const hostile = fc.oneof(fc.anything(), fc.constantFrom(null, -0, 1e308, -1, 0.5, '', '__proto__', [], {}, 'x'.repeat(5000)));
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.option(hostile, { nil: undefined }), (key, value) => {
        const mutated: Record<string, unknown> = { ...base };
        if (value === undefined) delete mutated[key];
        else mutated[key] = value;
        let json: string | undefined;
        try {
          json = JSON.stringify(mutated);
        } catch {
          return; // fc.anything() can make values JSON cannot write (BigInt): no link could hold them
        }
        expectWellFormed(decodeLink(rawLink(json ?? 'null')));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('damaged, tampered and hostile links', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const good = encodeLink({ lesson: 'batching', scenario: pennyGame(5), replication: 0, t: 7 });
  if (!good.ok) throw new Error(good.message);
  const link = good.query;

  it('refuses every truncation with a message, never a throw', () => {
    for (let cut = 0; cut < link.length; cut++) {
      const result = decodeLink(link.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(['absent', 'damaged', 'unsupported-version']).toContain(result.reason);
    }
  });

  it('notices a changed character (the checksum), or decodes to the same state when only padding bits moved', () => {
    const start = link.indexOf('s=') + 2;
    const original = decodeLink(link);
    let refused = 0;
    for (let i = start; i < link.length; i++) {
      const c = link[i] === 'A' ? 'B' : 'A';
      const result = decodeLink(link.slice(0, i) + c + link.slice(i + 1));
      if (result.ok) expect(result.state).toEqual(original.ok && original.state);
      else {
        refused++;
        expect(result.reason).toBe('damaged');
        expect(result.message).toMatch(/^This link is damaged: /);
      }
    }
    expect(refused).toBeGreaterThanOrEqual(link.length - start - 1);
  });

  it('names a bad character', () => {
    expect(decodeLink(`${link.slice(0, 20)}*${link.slice(21)}`)).toEqual({
      ok: false,
      reason: 'damaged',
      message: 'This link is damaged: in its data, character 15 ("*") is not allowed; a link holds only A–Z a–z 0–9 - _. Copy the whole link again.',
    });
  });

  it('refuses a link too long before reading it', () => {
    const result = decodeLink(`v=1&s=${'A'.repeat(MAX_LINK_QUERY_CHARS)}`);
    expect(result).toMatchObject({ ok: false, reason: 'too-long' });
    expect(!result.ok && result.message).toBe('This link is too long (32,774 characters; at most 32,768). It was not opened.');
  });

  it('stops unpacking a decompression bomb at the size limit', () => {
    // 4 MiB of one character packs into a few kilobytes.
    const bomb = new Uint8Array(4 * MAX_SCENARIO_BYTES).fill(0x20);
    const query = `v=1&s=${encodeBase64url(packZlib(bomb))}`;
    expect(query.length).toBeLessThan(MAX_LINK_QUERY_CHARS);
    const started = performance.now();
    const result = decodeLink(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({
      ok: false,
      reason: 'too-large',
      message: "This link's scenario is too large: it unpacks to more than 1,048,576 bytes (at most 1 MiB).",
    });
  });

  it('gives the validator messages for a scenario that is not valid', () => {
    const envelope = { engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario: { ...pennyGame(5), transferBatch: -2 } };
    const result = decodeLink(rawLink(JSON.stringify(envelope)));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok) return;
    expect(result.message).toBe("This link's scenario is not valid: Transfer batch: -2 is not allowed; it must be at least 1");
    expect(result.issues?.map((i) => i.path)).toEqual(['transferBatch']);
  });

  it('refuses data that is not a scenario link', () => {
    expect(decodeLink(rawLink('[1,2,3]'))).toMatchObject({ ok: false, reason: 'invalid', message: 'This link holds no scenario: its data is not a {…} record.' });
    expect(decodeLink(rawLink('{"engineVersion":"2.0.0","rng":"seedrandom.alea","lesson":"batching"}'))).toMatchObject({ ok: false, reason: 'invalid', message: 'This link holds no scenario.' });
    expect(decodeLink(rawLink('not json'))).toMatchObject({ ok: false, reason: 'damaged', message: 'This link is damaged: its data is not valid JSON.' });
    const notText = `v=1&s=${encodeBase64url(packZlib(new Uint8Array([0xff, 0xfe, 0x00])))}`;
    expect(decodeLink(notText)).toMatchObject({ ok: false, reason: 'damaged', message: 'This link is damaged: its data is not text.' });
  });

  it('refuses __proto__, constructor and prototype at any depth without polluting anything (P4)', () => {
    const scenarioJson = JSON.stringify(pennyGame(5));
    const polluters = [
      `{"__proto__":{"polluted":1},"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"batching","scenario":${scenarioJson}}`,
      `{"constructor":{"prototype":{"polluted":1}},"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"batching","scenario":${scenarioJson}}`,
      `{"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"batching","scenario":${scenarioJson.replace('"release":{', '"release":{"__proto__":{"polluted":1},')}}`,
      `{"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"batching","scenario":${scenarioJson.replace('{"version"', '{"constructor":{"prototype":{"polluted":1}},"version"')}}`,
    ];
    const messages = polluters.map((json) => {
      const result = decodeLink(rawLink(json));
      return result.ok ? 'opened' : result.message;
    });
    expect(messages).toEqual([
      'This link is not valid: the key "__proto__" is not allowed.',
      'This link is not valid: the key "constructor" is not allowed.',
      "This link's scenario is not valid: __proto__: this key is not allowed anywhere in a scenario",
      "This link's scenario is not valid: constructor: this key is not allowed anywhere in a scenario",
    ]);
    const inPredictions = `{"engineVersion":"${ENGINE_VERSION}","rng":"seedrandom.alea","lesson":"batching","predictions":{"a":[{"__proto__":{"polluted":1}}]},"scenario":${scenarioJson}}`;
    const result = decodeLink(rawLink(inPredictions));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.predictions).toBeUndefined();
    expect(result.notices).toEqual(['The link\'s predictions were left out: a[0].__proto__: reserved key, not allowed anywhere.']);
  });

  it('keeps the scenario and drops a replication or position that does not fit, saying so', () => {
    const envelope = { engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario: pennyGame(5), replication: 3, t: -5 };
    const result = decodeLink(rawLink(JSON.stringify(envelope)));
    expect(result).toEqual({
      ok: true,
      state: { lesson: 'batching', scenario: pennyGame(5) },
      origin: { format: 2, engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea' },
      notices: [
        "The link's replication was left out: 3 is not allowed; it must be a whole number from 0 to 0.",
        "The link's playback position was left out: -5 is not allowed; it must be a time of at least 0.",
      ],
    });
  });
});

describe('versions (R12)', () => {
  it('opens a link made by an older engine, with a notice', () => {
    const envelope = { engineVersion: '0.9.0', rng: 'seedrandom.alea', lesson: 'batching', scenario: pennyGame(5), t: 20 };
    const result = decodeLink(rawLink(JSON.stringify(envelope)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toEqual({ lesson: 'batching', scenario: pennyGame(5), t: 20 });
    expect(result.origin.engineVersion).toBe('0.9.0');
    expect(result.notices).toEqual(['This link was made with engine 0.9.0; numbers may differ from the original.']);
  });

  it('says clearly when the link format is unknown, missing or not a number', () => {
    const data = encodeLink({ lesson: 'batching', scenario: pennyGame(5) });
    if (!data.ok) throw new Error(data.message);
    const s = data.query.slice(data.query.indexOf('s='));
    expect(decodeLink(`v=3&${s}`)).toEqual({
      ok: false,
      reason: 'unsupported-version',
      message: 'This link uses link format 3, which this version of Genba cannot read (it reads format 1, 2). It was probably made by a newer Genba: open it there, or ask for the scenario file.',
    });
    expect(decodeLink(`v=0&${s}`)).toEqual({
      ok: false,
      reason: 'unsupported-version',
      message: 'This link uses link format 0, which this version of Genba cannot read (it reads format 1, 2).',
    });
    expect(decodeLink(s)).toMatchObject({ ok: false, reason: 'unsupported-version', message: 'This link is damaged: it does not say its format version (the v= part is missing).' });
    expect(decodeLink(`v=one&${s}`)).toMatchObject({ ok: false, reason: 'unsupported-version', message: 'This link is damaged: its format version "one" is not a version number.' });
    expect(decodeLink(`v=1&v=1&${s}`)).toMatchObject({ ok: false, reason: 'damaged', message: 'This link is damaged: it names its version (v=) twice.' });
    expect(decodeLink('')).toEqual({ ok: false, reason: 'absent', message: 'There is no link to open.' });
    expect(decodeLink('tab=results')).toMatchObject({ ok: false, reason: 'absent' });
  });

  it('shows how an old format keeps opening: its reader migrates to the current envelope', () => {
    // A made-up format 0: unpacked base64url JSON with the playback position called "frame".
    const readV0: LinkReader = (params) => {
      const decoded = decodeBase64url(params.get('d') ?? '');
      if (!decoded.ok) return { ok: false, reason: 'damaged', message: 'This link is damaged.' };
      const old = JSON.parse(new TextDecoder().decode(decoded.bytes)) as { frame?: number; scenario: unknown; lesson: string };
      const { frame, ...rest } = old;
      return { ok: true, envelope: { engineVersion: '0.1.0', rng: 'seedrandom.alea', ...rest, ...(frame === undefined ? {} : { t: frame }) } };
    };
    const decode = createLinkDecoder(new Map([[0, readV0], ...LINK_READERS]));
    const old = encodeBase64url(new TextEncoder().encode(JSON.stringify({ lesson: 'batching', scenario: pennyGame(20), frame: 40 })));
    const result = decode(`v=0&d=${old}`);
    expect(result).toMatchObject({ ok: true, state: { lesson: 'batching', scenario: pennyGame(20), t: 40 }, origin: { format: 0 } });
    // The current format still opens through the same decoder.
    const current = encodeLink({ lesson: 'launch', scenario: pennyGame(1) });
    expect(current.ok && decode(current.query).ok).toBe(true);
    expect(LINK_READERS.get(1)).toBe(readV1);
  });
});

describe('format 2: a CRC-32 of the payload (issue 16)', () => {
  it('computes the standard CRC-32 (check value of "123456789" is cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('a format-1 link altered so that Adler-32 misses it (−1, +2, −1 over three bytes) decodes to another scenario; format 2 refuses it', () => {
    const scenario = pennyGame(5, { stations: [{ name: 'Assemble', processTime: 1 }] }) as unknown as Record<string, unknown>;
    const json = canonicalJson({ engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario });
    // Level 0 (stored) keeps the bytes as they are, so the change can be made on the JSON itself:
    // "Assemble" → "Assemand" is b −1 (→ a), l +2 (→ n), e −1 (→ d): the Adler-32 sums do not move.
    const bytes = new TextEncoder().encode(json);
    const at = json.indexOf('Assemble') + 5;
    const altered = bytes.slice();
    altered[at] = (altered[at] as number) - 1;
    altered[at + 1] = (altered[at + 1] as number) + 2;
    altered[at + 2] = (altered[at + 2] as number) - 1;
    expect(new TextDecoder().decode(altered)).toContain('"Assemand"');
    expect(adler32(altered)).toBe(adler32(bytes));
    // The format-1 link of the original, altered in those three bytes, still passes its Adler-32.
    const v1 = decodeLink(`v=1&s=${encodeBase64url(zlibStored(altered))}`);
    expect(decodeLink(`v=1&s=${encodeBase64url(zlibStored(bytes))}`).ok).toBe(true);
    expect(v1.ok && v1.state.scenario.model === 'flow-line' && v1.state.scenario.stations[0]?.name).toBe('Assemand');
    // Format 2 also carries the CRC-32 of the original JSON: the same change is refused.
    expect(crc32(altered)).not.toBe(crc32(bytes));
    expect(decodeLink(`v=2&s=${encodeBase64url(concat(zlibStored(bytes), crc32Bytes(bytes)))}`).ok).toBe(true);
    const tampered = `v=2&s=${encodeBase64url(concat(zlibStored(altered), crc32Bytes(bytes)))}`;
    expect(decodeLink(tampered)).toMatchObject({ ok: false, reason: 'damaged', message: expect.stringContaining('its checksum does not match its data') });
  });

  it('refuses or gives back the very same state for every one-character change of a preset\'s link', () => {
    const encoded = encodeLink({ lesson: 'kaizen', scenario: pennyGame(5, { stations: [{ name: 'Assemble', processTime: 1 }, { name: 'Test', processTime: 2 }] }) });
    if (!encoded.ok) throw new Error(encoded.message);
    const start = encoded.query.indexOf('s=') + 2;
    const original = decodeLink(encoded.query);
    expect(original.ok && original.notices).toEqual([]);
    for (let i = start; i < encoded.query.length; i++) {
      for (const c of ['A', 'N', '1', '_']) {
        if (encoded.query[i] === c) continue;
        const query = encoded.query.slice(0, i) + c + encoded.query.slice(i + 1);
        const result = decodeLink(query);
        if (result.ok) expect(result.state, `position ${i} → ${c}`).toEqual(original.ok ? original.state : undefined);
      }
    }
  });

  it('opens a format-1 link as before, with a notice that it comes from an earlier Genba', () => {
    const json = canonicalJson({ engineVersion: ENGINE_VERSION, rng: 'seedrandom.alea', lesson: 'batching', scenario: pennyGame(5) });
    const result = decodeLink(rawLinkV1(json));
    expect(result).toMatchObject({ ok: true, state: { lesson: 'batching', scenario: pennyGame(5) }, origin: { format: 1 } });
    expect(result.ok && result.notices).toEqual([
      'This link was made by an earlier Genba (link format 1, with a weaker check for damage): check that the scenario is the one you expected.',
    ]);
  });
});

/** A zlib stream with one stored (uncompressed) block: its data is the input's bytes as they are. */
function zlibStored(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  const out = new Uint8Array(2 + 5 + n + 4);
  out.set([0x78, 0x01, 0x01, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff], 0);
  out.set(bytes, 7);
  const a = adler32(bytes);
  out.set([a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff], 7 + n);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
