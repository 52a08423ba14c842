/**
 * A/B of a replication's stream set-up (issue 18), in one process, CPU time: engine 2's
 * `seedrandom.alea(JSON key)` per replication against engine 3's key hashed once and the
 * state set from the replication index. Each replication then draws 13 doubles (a market
 * state and 12 periods, as the launch seed case does). `tsx bench/seeding-ab.ts`
 */
import seedrandom from 'seedrandom';
import { KeyedStream } from '../src/sim/rng/stream.ts';

const N = 300_000;
const cpuSeconds = (f: () => number) => {
  const t0 = process.cpuUsage();
  const sink = f();
  const t = process.cpuUsage(t0);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return (t.user + t.system) / 1e6;
};
const old = () => {
  let sum = 0;
  for (let r = 0; r < N; r++) {
    const prng = seedrandom.alea(JSON.stringify(['ab', r, 'market']));
    for (let i = 0; i < 13; i++) sum += prng.double();
  }
  return sum;
};
const keyed = new KeyedStream('ab', 'market');
const now = () => {
  let sum = 0;
  for (let r = 0; r < N; r++) {
    const s = keyed.at(r);
    for (let i = 0; i < 13; i++) sum += s.next();
  }
  return sum;
};
const rounds: { old: number; now: number }[] = [];
for (let round = 0; round < 7; round++) rounds.push({ old: cpuSeconds(old), now: cpuSeconds(now) });
const timed = rounds.slice(2);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const o = med(timed.map((r) => r.old));
const n = med(timed.map((r) => r.now));
console.log(JSON.stringify({ bench: 'stream-setup', replications: N, drawsPerReplication: 13, engine2MicrosecondsPerReplication: (o / N) * 1e6, engine3MicrosecondsPerReplication: (n / N) * 1e6, speedUp: o / n }));
