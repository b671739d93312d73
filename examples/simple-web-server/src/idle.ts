// The per-connection idle timeout. The connection's thread touches its clock whenever it makes
// progress (bytes read from the client, a write handed to the socket); a watchdog thread sleeps
// until the clock could have run out and, if it has, cancels the connection's thread. VT_cancel
// throws Cancelled at whatever boundary that thread waits in — a VT_read of a silent client, a
// VT_write to one that does not read — so its finally blocks close the socket. Progress, not
// request time, is measured: a large file to a slow but reading client is not cut off.
import { VT_cancel, VT_sleep, type VThread } from 'vtify/runtime'

export class IdleClock {
  private last = performance.now()
  /** Set by the watchdog just before it cancels the connection's thread. */
  expired = false

  touch(): void {
    this.last = performance.now()
  }

  /** Milliseconds until the clock runs out (≤ 0: it has). */
  left(timeoutMs: number): number {
    return this.last + timeoutMs - performance.now()
  }
}

/** The watchdog thread of one connection; the connection cancels it when it ends first. */
export function watchdog(connection: VThread, clock: IdleClock, timeoutMs: number): void {
  for (let left = timeoutMs; left > 0; left = clock.left(timeoutMs)) VT_sleep(Math.ceil(left))
  clock.expired = true
  VT_cancel(connection)
}
