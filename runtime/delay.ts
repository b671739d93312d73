// Host timers take at most 2^31 − 1 ms (~24.8 days): Node fires a longer timeout after 1 ms
// (with a TimeoutOverflowWarning), and browsers at once. So VT_sleep and VT_after arm a timer
// for at most that long and arm it again for what is left when it fires; Infinity never ends.

/** The longest delay a host timer keeps. */
export const MAX_TIMER_MS = 2147483647

/** The delay of the next host timer towards `ms` ≥ 0. */
export function timerStep(ms: number): number {
  return ms > MAX_TIMER_MS ? MAX_TIMER_MS : ms
}
