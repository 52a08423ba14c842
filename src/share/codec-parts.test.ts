/** The parts under the link codec: base64url, the bounded zlib unpacker, plain JSON copies. */
import fc from 'fast-check';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { canonicalJson, plainJsonCopy } from './plain-json.ts';
import { adler32, packZlib, unpackZlib } from './zlib-frame.ts';

describe('base64url', () => {
  it('round-trips any bytes, with no padding and only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        const back = decodeBase64url(text);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches RFC 4648 test vectors (base64url alphabet, padding left out)', () => {
    const enc = (s: string) => encodeBase64url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64url('Zm9v=')).toMatchObject({ ok: false, at: 4 });
    expect(decodeBase64url('Zm9vY')).toMatchObject({ ok: false, at: -1 });
    expect(decodeBase64url('Zé')).toMatchObject({ ok: false, at: 1 });
  });
});

describe('zlib frame', () => {
  it('writes standard zlib streams that fflate (and any zlib) reads back', () => {
    const bytes = new TextEncoder().encode('{"hello":"world"}'.repeat(20));
    const packed = packZlib(bytes);
    expect([...unzlibSync(packed)]).toEqual([...bytes]);
    expect(unpackZlib(packed, 10_000)).toEqual({ ok: true, bytes });
  });

  it('computes Adler-32 as RFC 1950 does', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(100_000).fill(255))).toBe(adler32(new Uint8Array(100_000).fill(255)));
  });

  it('stops at the limit, and refuses headers that are not zlib', () => {
    const packed = packZlib(new Uint8Array(5000));
    expect(unpackZlib(packed, 5000).ok).toBe(true);
    expect(unpackZlib(packed, 4999)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(unpackZlib(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 100)).toMatchObject({ ok: false, reason: 'damaged' });
    const withDictionary = new Uint8Array(packed);
    withDictionary[1] = (withDictionary[1] as number) | 0x20;
    expect(unpackZlib(withDictionary, 10_000)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      const result = unpackZlib(Uint8Array.from([0x78, 0xda, ...bytes]), 1000);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 5000 });
  });
});

describe('plainJsonCopy', () => {
  it('copies JSON data into prototype-free objects', () => {
    const result = plainJsonCopy({ a: [1, 'x', null, { b: true }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.value)).toBe('{"a":[1,"x",null,{"b":true}]}');
    expect(Object.getPrototypeOf(result.value)).toBe(null);
  });

  it('refuses what is not plain JSON data, naming where', () => {
    const limits = { maxDepth: 3, maxNodes: 20, maxString: 5 };
    expect(plainJsonCopy({ a: { b: { c: {} } } }, limits)).toEqual({ ok: false, path: 'a.b.c', problem: 'nested deeper than 3 levels', steps: ['a', 'b', 'c'], reason: { kind: 'too-deep', most: 3 } });
    expect(plainJsonCopy({ 'odd key': 'toolong' }, limits)).toEqual({ ok: false, path: '["odd key"]', problem: 'a text of 7 characters is not allowed, must be at most 5', steps: ['odd key'], reason: { kind: 'too-long', length: 7, most: 5 } });
    expect(plainJsonCopy(Array.from({ length: 30 }, () => 1), limits)).toMatchObject({ ok: false, problem: 'more than 20 values', reason: { kind: 'too-many', most: 20 } });
    expect(plainJsonCopy({ d: new Date(0) })).toMatchObject({ ok: false, path: 'd', reason: { kind: 'class' } });
    expect(plainJsonCopy({ f: () => 1 })).toMatchObject({ ok: false, path: 'f', problem: 'a function is not allowed, must be plain JSON data', reason: { kind: 'not-json', type: 'function' } });
    expect(plainJsonCopy({ n: NaN })).toMatchObject({ ok: false, path: 'n', steps: ['n'], reason: { kind: 'not-finite', value: NaN } });
    expect(plainJsonCopy(JSON.parse('{"x":{"__proto__":{"polluted":1}}}'))).toEqual({ ok: false, path: 'x.__proto__', problem: 'reserved key, not allowed anywhere', steps: ['x', '__proto__'], reason: { kind: 'reserved' } });
    const throwing = { get x(): number { throw new Error('no'); } };
    expect(plainJsonCopy(throwing)).toMatchObject({ ok: false, reason: { kind: 'unreadable' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives canonical JSON: keys sorted at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});
