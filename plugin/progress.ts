// Feedback on long work: nothing for the first second (most builds are done by then), then at
// most one line a second saying how far it got.

const QUIET_MS = 1000

export type ProgressSink = (line: string) => void

export class Progress {
  private readonly start: number
  private last = 0

  /** `now`: the clock (tests give their own). */
  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now()
  }

  /** `vtify: 40 of 100 files analysed`, if it is time for a line. */
  report(done: number, total: number, what: string): void {
    const now = this.now()
    if (now - this.start < QUIET_MS || now - this.last < QUIET_MS || done === total) return
    this.last = now
    this.sink(`vtify: ${done} of ${total} ${what}`)
  }

  /** A step that gives no count: said once, if the work so far already took a second. */
  announce(line: string): void {
    if (this.now() - this.start >= QUIET_MS) this.sink(`vtify: ${line}`)
  }
}
