import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { Alea } from './alea.ts';
import { createStream, fmix32, KeyedStream, setStreamState, streamKeyOf } from './stream.ts';

describe('Alea with its state set directly', () => {
  it("gives seedrandom's alea numbers bit for bit from the same state (a million draws)", () => {
    const ours = new Alea();
    let words = 0x12345678;
    let draws = 0;
    for (let s = 0; s < 1_000; s++) {
      words = fmix32(words + 1);
      const w0 = words;
      const w1 = fmix32(w0 ^ 0x55555555);
      const w2 = fmix32(w1 ^ 0xaaaaaaaa);
      ours.setState(w0, w1, w2);
      const theirs = seedrandom.alea('', { state: ours.state() });
      // Alternate 53-bit and 32-bit draws: both paths must stay in step with seedrandom's.
      for (let i = 0; i < 500; i++) {
        const a = ours.next();
        const b = theirs.double();
        if (a !== b) expect(a).toBe(b);
        const c = ours.next32();
        const d = theirs();
        if (c !== d) expect(c).toBe(d);
        draws += 2;
      }
      expect(ours.state()).toEqual(theirs.state());
    }
    expect(draws).toBe(1_000_000);
  });

  it("a state reached by seedrandom's own string seeding continues the same", () => {
    const theirs = seedrandom.alea('hello.', { state: true });
    expect(theirs()).toBe(0.4783254903741181); // seedrandom's README value (QUALITY R4)
    const ours = new Alea();
    const st = theirs.state();
    // Our setState takes words; set the fields through a round trip of the same numbers.
    Object.assign(ours, st);
    for (let i = 0; i < 1_000; i++) expect(ours.next()).toBe(theirs.double());
  });
});

describe('replication streams from (seed, replication, name)', () => {
  it('pins the derivation: first outputs for three seeds (QUALITY R4; engine 3.0.0)', () => {
    const firsts = (seed: string | number) => {
      const s = createStream(seed, 0, 'process:0');
      return Array.from({ length: 3 }, () => s.next());
    };
    expect(firsts(1)).toMatchInlineSnapshot(`
      [
        0.19432224902389306,
        0.157918257171912,
        0.9328356268781339,
      ]
    `);
    expect(firsts('ohno')).toMatchInlineSnapshot(`
      [
        0.5235926436661409,
        0.7921386111512794,
        0.836595591160603,
      ]
    `);
    expect(firsts(123456789)).toMatchInlineSnapshot(`
      [
        0.3234535765717239,
        0.22089424336226782,
        0.2348343976806636,
      ]
    `);
    // The key words of one (seed, name), so any change to the hash shows here too.
    expect(streamKeyOf('ohno', 'market')).toMatchInlineSnapshot(`
      {
        "k0": 1504532858,
        "k1": 31052655,
        "k2": 3912696210,
      }
    `);
  });

  it('a reused stream moved to replication r gives what a new stream for r gives', () => {
    const keyed = new KeyedStream('reuse', 'market');
    for (const r of [0, 1, 2, 1_000, 999_999, 2 ** 31, 2 ** 32 - 1]) {
      const fresh = createStream('reuse', r, 'market');
      const reused = keyed.at(r);
      for (let i = 0; i < 20; i++) expect(reused.next()).toBe(fresh.next());
    }
  });

  it('each state word is a bijection of the replication: every step is inverted, giving r back', () => {
    // The inverse of x → x·m (mod 2^32) for odd m: Newton's iteration y ← y(2 − m·y) doubles
    // the correct low bits each step (3 → 6 → 12 → 24 → 48).
    const inverseOf = (m: number) => {
      let y = m;
      for (let i = 0; i < 5; i++) y = Math.imul(y, 2 - Math.imul(m, y));
      return y >>> 0;
    };
    // x ^= x >>> s undone: xor the shifted value back in until the shift passes 32 bits.
    const unshift = (x: number, s: number) => {
      let y = x;
      for (let k = s; k < 32; k += s) y = x ^ (y >>> s);
      return y >>> 0;
    };
    const unfmix32 = (h: number) => {
      let x = unshift(h >>> 0, 16);
      x = Math.imul(x, inverseOf(0xc2b2ae35)) >>> 0;
      x = unshift(x, 13);
      x = Math.imul(x, inverseOf(0x85ebca6b)) >>> 0;
      return unshift(x, 16);
    };
    const gamma = 0x9e3779b9;
    const key = streamKeyOf('bijection', 'market');
    const alea = new Alea();
    const word = (fraction: number) => fraction * 2 ** 32; // the state holds word / 2^32 exactly
    const edges = [0, 1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
    let probe = 0x2545f491;
    const rs = [...edges, ...Array.from({ length: 100_000 }, () => (probe = fmix32(probe + 1)))];
    for (const r of rs) {
      setStreamState(alea, key, r);
      const st = alea.state();
      // s0 = fmix32(z ^ k0), s1 = fmix32((z ^ k1) + γ), s2 = fmix32((z ^ k2) + 2γ), z = r·γ.
      const z0 = (unfmix32(word(st.s0)) ^ key.k0) >>> 0;
      const z1 = ((((unfmix32(word(st.s1)) - gamma) >>> 0) ^ key.k1) >>> 0);
      const z2 = ((((unfmix32(word(st.s2)) - 2 * gamma) >>> 0) ^ key.k2) >>> 0);
      const back = (z: number) => Math.imul(z, inverseOf(gamma)) >>> 0;
      if (back(z0) !== r || back(z1) !== r || back(z2) !== r) expect([back(z0), back(z1), back(z2)]).toEqual([r, r, r]);
    }
    expect(Math.imul(inverseOf(gamma), gamma) >>> 0).toBe(1);
  });

  it('every state word is a bijection of the replication: 200,000 replications, no shared word', () => {
    const key = streamKeyOf(7, 'market');
    const alea = new Alea();
    const seen = [new Set<number>(), new Set<number>(), new Set<number>()];
    for (let r = 0; r < 200_000; r++) {
      setStreamState(alea, key, r);
      const st = alea.state();
      seen[0]?.add(st.s0);
      seen[1]?.add(st.s1);
      seen[2]?.add(st.s2);
    }
    for (const s of seen) expect(s.size).toBe(200_000);
  });

  it('keeps seed and name apart; 42 and "42" are the same seed', () => {
    expect(streamKeyOf('a', 'bc')).not.toEqual(streamKeyOf('ab', 'c'));
    expect(streamKeyOf('a1', 'x')).not.toEqual(streamKeyOf('a', '1x'));
    expect(streamKeyOf(42, 'x')).toEqual(streamKeyOf('42', 'x'));
    expect(createStream(1, 0, 'a').next()).not.toBe(createStream(1, 1, 'a').next());
    expect(createStream(1, 0, 'a').next()).not.toBe(createStream(1, 0, 'b').next());
  });

  it('refuses a replication index that is not an integer in 0 … 2^32 − 1', () => {
    expect(() => createStream(1, -1, 'a')).toThrow(/replication must be an integer from 0 to 4,294,967,295, not -1/);
    expect(() => createStream(1, 1.5, 'a')).toThrow(/not 1.5/);
    expect(() => createStream(1, 2 ** 32, 'a')).toThrow(/not 4294967296/);
  });

  it('first draws across consecutive replications are uniform and uncorrelated', () => {
    // The first draw of a replication comes from its first state words alone: check that
    // consecutive replications do not line up. n = 100,000 draws of U(0, 1).
    const n = 100_000;
    const keyed = new KeyedStream('uniformity', 'market');
    const u = new Float64Array(n);
    for (let r = 0; r < n; r++) u[r] = keyed.at(r).next();
    let sum = 0;
    for (const x of u) sum += x;
    const mean = sum / n;
    // Mean of U(0,1): 1/2, sd of the mean sqrt(1/12/n) ≈ 0.000913; 4 sd.
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    // Lag-1 correlation: sd about 1/sqrt(n) ≈ 0.00316 under independence; 4 sd.
    let cov = 0;
    let v = 0;
    for (let r = 0; r < n; r++) {
      const d = (u[r] as number) - mean;
      v += d * d;
      if (r > 0) cov += d * ((u[r - 1] as number) - mean);
    }
    expect(Math.abs(cov / v)).toBeLessThan(4 / Math.sqrt(n));
    // Kolmogorov–Smirnov against U(0, 1): D < 1.63 / sqrt(n) at α = 0.01 (QUALITY R9).
    const sorted = Array.from(u).sort((a, b) => a - b);
    let d = 0;
    for (let i = 0; i < n; i++) {
      const x = sorted[i] as number;
      d = Math.max(d, Math.abs((i + 1) / n - x), Math.abs(x - i / n));
    }
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
  });
});
