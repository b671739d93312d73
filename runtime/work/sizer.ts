// How many pool threads to run, from measured throughput (the paper's future work, §5.2: "a
// mechanism of dynamically adjusting the size of the worker thread pools to obtain the highest
// possible level of throughput"). Hill climbing, as in .NET's thread pool: while jobs wait, add
// a thread per window as long as the last one raised the jobs finished per second by GAIN; when
// one did not, take it back and stay there for HOLD windows before probing again (the work may
// have changed). Pure: the pool feeds it one sample per window, so a test can drive it.

/** One window of the pool's work. */
export interface Sample {
  /** Jobs finished during the window. */
  readonly completed: number
  readonly ms: number
  /** Threads during the window. */
  readonly size: number
  /** Jobs waiting for a thread at its end. */
  readonly queued: number
}

/** An added thread must raise throughput by this much to stay. */
const GAIN = 0.05
/** Windows to stay below a size that did not pay before trying it again. */
const HOLD = 50

export class Sizer {
  private last: { size: number; throughput: number } | null = null
  private ceiling = Infinity
  private held = 0

  constructor(private readonly max: number) {}

  /** The number of threads for the next window. */
  next(sample: Sample): number {
    const throughput = sample.completed / Math.max(sample.ms, 1)
    const { size } = sample
    if (this.held > 0 && --this.held === 0) this.ceiling = Infinity
    const last = this.last
    this.last = { size, throughput }
    if (sample.queued === 0) return size // no backlog: no reason to grow (idle threads retire)
    if (last !== null && size > last.size && throughput < last.throughput * (1 + GAIN)) {
      // The thread added last window did not pay: back to the size before it.
      this.ceiling = last.size
      this.held = HOLD
      this.last = last
      return last.size
    }
    return size < Math.min(this.max, this.ceiling) ? size + 1 : size
  }
}
