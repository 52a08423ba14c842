/** Typed arrays that double when full: per-unit and per-batch records without per-item objects. */

export class GrowableFloat64 {
  data: Float64Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Float64Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Float64Array(this.data.length * 2));
    this.data[this.length++] = x;
  }
  /** A copy of the filled part. */
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableInt32 {
  data: Int32Array;
  length = 0;
  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, new Int32Array(this.data.length * 2));
    this.data[this.length++] = x;
  }
  /** Makes room for n more items and returns the index of the first. */
  reserve(n: number): number {
    while (this.length + n > this.data.length) this.data = grow(this.data, new Int32Array(this.data.length * 2));
    const start = this.length;
    this.length += n;
    return start;
  }
  /** Ensures index i can be written (the length grows to i + 1 at least). */
  ensure(i: number): void {
    while (i >= this.data.length) this.data = grow(this.data, new Int32Array(this.data.length * 2));
    if (i >= this.length) this.length = i + 1;
  }
}

/** A FIFO queue of integers (batch ids waiting at a station). */
export class IntQueue {
  private data = new Int32Array(16);
  private head = 0;
  private tail = 0;
  get size(): number {
    return this.tail - this.head;
  }
  push(x: number): void {
    if (this.tail === this.data.length) {
      const live = this.tail - this.head;
      if (live * 2 <= this.data.length) {
        this.data.copyWithin(0, this.head, this.tail);
      } else {
        const next = new Int32Array(this.data.length * 2);
        next.set(this.data.subarray(this.head, this.tail));
        this.data = next;
      }
      this.head = 0;
      this.tail = live;
    }
    this.data[this.tail++] = x;
  }
  shift(): number {
    return this.data[this.head++] as number;
  }
  /** The item i places from the head. */
  at(i: number): number {
    return this.data[this.head + i] as number;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
