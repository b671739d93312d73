// When requests end, kept on the thread (event loop, worker) where they end. bench:clues counts
// the requests of its window by these times rather than by when main learns of them: main
// joins in spawn order, and on one loop it learns of 64 ends at once, every 64 requests, so
// counting there made every rate a multiple of 64 per window (±4 %).

import { wallNow } from './config.js'

export class Endings {
  private readonly times: number[] = []

  /** A request ends now. */
  record(): void {
    this.times.push(wallNow())
  }

  /** Requests that ended in [from, to) (wall milliseconds). */
  countIn(from: number, to: number): number {
    let count = 0
    for (const t of this.times) if (t >= from && t < to) count++
    return count
  }
}
