// The virtual clock: the sandbox's setTimeout and clearTimeout, installed before the runtime
// loads (it captures them then), so VT_sleep waits on a clock the stepper advances — straight
// to the next timer when every thread waits — instead of the wall clock.

interface Timer {
  id: number
  at: number
  task: (...args: unknown[]) => void
  args: unknown[]
}

let now = 0
let lastId = 0
const timers: Timer[] = []

// Extra arguments are passed to the task, as setTimeout does (the runtime's VT_sleep uses them).
function setVirtualTimeout(task: (...args: unknown[]) => void, ms = 0, ...args: unknown[]): number {
  const timer = { id: ++lastId, at: now + Math.max(0, ms), task, args }
  timers.push(timer)
  timers.sort((a, b) => a.at - b.at || a.id - b.id)
  return timer.id
}

function clearVirtualTimeout(id: unknown): void {
  const i = timers.findIndex((t) => t.id === id)
  if (i >= 0) timers.splice(i, 1)
}

/** The real timer, for the stepper's own pacing. */
export const realSetTimeout = globalThis.setTimeout.bind(globalThis)

Object.assign(globalThis, { setTimeout: setVirtualTimeout, clearTimeout: clearVirtualTimeout })

export const clock = {
  get now(): number {
    return now
  },
  get pending(): number {
    return timers.length
  },
  /** Move time to the next timer and run it; false when none is set. */
  advance(): boolean {
    const timer = timers.shift()
    if (!timer) return false
    now = timer.at
    timer.task(...timer.args)
    return true
  },
}
