/**
 * A count that changes at instants (the backlog), averaged over the statistics window
 * [from, to] with its maximum there: the same bookkeeping as the line's WIP.
 */
export class TimeAverage {
  private value = 0;
  private last = 0;
  private area = 0;
  private max = 0;

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The count changes by `delta` at time `now` (times never go back). */
  change(now: number, delta: number): void {
    const a = Math.max(this.last, this.from);
    const b = Math.min(now, this.to);
    if (b > a) this.area += this.value * (b - a);
    if (b >= a && this.value > this.max) this.max = this.value;
    this.last = now;
    this.value += delta;
    if (now >= this.from && now <= this.to && this.value > this.max) this.max = this.value;
  }

  /** Mean and maximum over the window, closed at `end`. */
  close(end: number): { readonly mean: number; readonly max: number } {
    this.change(end, 0);
    const length = end - this.from;
    return { mean: length > 0 ? this.area / length : 0, max: this.max };
  }
}
