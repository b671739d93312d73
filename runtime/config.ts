// Settings of the runtime (VT_configure).

import { describeArgument } from './errors.js'
import { RangeError, TypeError, hasOwn, isInteger, objectKeys } from './intrinsics.js'
import type { VThread } from './thread-handle.js'

export interface Config {
  /**
   * Receives an error that ended a thread nobody joined, once, with the report text (message,
   * JS stack and the thread's logical stack). Default: written to stderr via console.error.
   */
  onUnjoinedError: (report: string, error: unknown, thread: VThread) => void
  /**
   * 0 (the default, docs/semantics.md, "Scheduling"): a queue swap ends the round; the next one
   * runs after the promise reactions pending then, and after a host turn once 0.1 ms has passed
   * since the host's last turn (or 64 rounds ran without one).
   * n > 0: at a swap the host gets a turn only once n continuations have been thrown to since
   * its last turn; until then the swapped queue runs at once, promise reactions included. A
   * count, not a clock; trades I/O latency for cheaper VT_yield when few threads are runnable.
   */
  throwsPerHostTurn: number
}

export const config: Config = {
  onUnjoinedError: (report) => console.error(report),
  throwsPerHostTurn: 0,
}

export function configure(options: Partial<Config>): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`VT_configure: expected an object of settings (onUnjoinedError, throwsPerHostTurn), got ${options === null ? 'null' : typeof options}`)
  }
  // Checked now, not when used: a setting the loop reads between its rounds would throw out of it.
  const keys = objectKeys(options)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (!hasOwn(config, key)) throw new TypeError(`VT_configure: unknown setting ${key}; the settings are onUnjoinedError and throwsPerHostTurn`)
  }
  if (options.onUnjoinedError !== undefined && typeof options.onUnjoinedError !== 'function') {
    throw new TypeError(`VT_configure: onUnjoinedError must be a function (report, error, thread) => void, got ${typeof options.onUnjoinedError}`)
  }
  if (options.throwsPerHostTurn !== undefined) {
    const n = options.throwsPerHostTurn
    if (!isInteger(n) || n < 0) {
      throw new RangeError(`VT_configure: throwsPerHostTurn must be an integer ≥ 0, got ${describeArgument(n)}`)
    }
  }
  // a setting given as undefined keeps its value, as if left out (Partial<Config>)
  if (options.onUnjoinedError !== undefined) config.onUnjoinedError = options.onUnjoinedError
  if (options.throwsPerHostTurn !== undefined) config.throwsPerHostTurn = options.throwsPerHostTurn
}
