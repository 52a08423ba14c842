/**
 * A binary min-heap of events keyed by (time, insertion order), in typed arrays so a run of
 * millions of events allocates nothing per event. Simultaneous events come out in the
 * order they were pushed, so a run replays exactly (QUALITY R6). An event is a time, a
 * small integer kind and an integer payload; what they mean is the model's business.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private payloads: Int32Array;
  private count = 0;
  private nextSeq = 0;

  /** Time, kind and payload of the event the last `pop()` took. */
  time = 0;
  kind = 0;
  payload = 0;

  constructor(initialCapacity = 64) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.kinds = new Int32Array(initialCapacity);
    this.payloads = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the next event, or +Infinity when there is none. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Infinity;
  }

  push(time: number, kind: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const { times, seqs, kinds, payloads } = this;
    // Sift up: move parents down until the slot fits.
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent] as number;
      kinds[i] = kinds[parent] as number;
      payloads[i] = payloads[parent] as number;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    payloads[i] = payload;
  }

  /** Takes the earliest event into `time`, `kind`, `payload`; false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const { times, seqs, kinds, payloads } = this;
    this.time = times[0] as number;
    this.kind = kinds[0] as number;
    this.payload = payloads[0] as number;
    const n = --this.count;
    if (n === 0) return true;
    const lt = times[n] as number;
    const ls = seqs[n] as number;
    const lk = kinds[n] as number;
    const lp = payloads[n] as number;
    // Sift the last element down from the root.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const ct = times[child] as number;
        const rt = times[right] as number;
        if (rt < ct || (rt === ct && (seqs[right] as number) < (seqs[child] as number))) child = right;
      }
      const ct = times[child] as number;
      if (lt < ct || (lt === ct && ls < (seqs[child] as number))) break;
      times[i] = ct;
      seqs[i] = seqs[child] as number;
      kinds[i] = kinds[child] as number;
      payloads[i] = payloads[child] as number;
      i = child;
    }
    times[i] = lt;
    seqs[i] = ls;
    kinds[i] = lk;
    payloads[i] = lp;
    return true;
  }

  clear(): void {
    this.count = 0;
    this.nextSeq = 0;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.times = grown(this.times, new Float64Array(capacity));
    this.seqs = grown(this.seqs, new Float64Array(capacity));
    this.kinds = grown(this.kinds, new Int32Array(capacity));
    this.payloads = grown(this.payloads, new Int32Array(capacity));
  }
}
