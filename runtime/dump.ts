// VT_dump and VT_stats: what every live thread is doing, and how many threads lived and ended.

import { loopCounters } from './loop.js'
import { awayAt } from './loops/away.js'
import { clueStats, type ClueStats } from './loops/clues.js'
import { lastMoves } from './loops/cluethread.js'
import { currentLoop, here, loopStats, type LoopStats } from './loops/here.js'
import { ENDED, RUNNABLE, RUNNING, statusOf, type Continuation } from './protocol.js'
import { infoOf } from './registry.js'
import { logicalStack, threadName } from './stack.js'
import { eachLiveThread, liveThreadCount, threadCounters } from './threads.js'

function stateOf(k: Continuation): string {
  const at = awayAt(k)
  if (at !== undefined) return `on event loop #${at}`
  const status = statusOf(k)
  if (status === RUNNING) return 'running'
  if (status === RUNNABLE) return 'runnable'
  if (status === ENDED) return 'ended'
  const callee = infoOf(k.fn)?.calls[k.state]
  return callee ? `waiting in ${callee}` : 'waiting'
}

/** Like a Java or Go thread dump: every live thread, its state and its logical stack. */
export function dump(): string {
  const count = liveThreadCount()
  let text = `vtify: ${count} live thread${count === 1 ? '' : 's'}`
  eachLiveThread((k) => {
    const parent = k.extras?.parent
    const child = parent ? ` (dynamic call from thread #${parent.id})` : ''
    text += `\nthread ${threadName(k)}: ${stateOf(k)}${child}${logicalStack(k)}`
  })
  return here.count === 1 ? text : text + loopsDump()
}

/** With several event loops: each loop's clues and load, and the Cluethread's last moves with their reasons. */
function loopsDump(): string {
  const clues = clueStats()
  let text = ''
  for (const loop of loopStats()) {
    const owned = clues.filter((c) => c.owner === loop.loop).map((c) => (c.previous === null ? c.name : `${c.name} (after ${c.previous})`))
    const state = loop.stopped ? 'stopped' : `utilization ${loop.utilization.toFixed(2)}, ${loop.live} live`
    text += `\nevent loop #${loop.loop}${loop.loop === here.self ? ' (this one)' : ''}: ${state}; clues: ${owned.join(', ') || 'none'}`
  }
  for (const m of lastMoves()) {
    const plural = m.neighbours === 1 ? '' : 's'
    text += `\nmoved clue ${m.clue} from loop ${m.from} (utilization ${m.fromUtilization.toFixed(2)}) to loop ${m.to} (${m.toUtilization.toFixed(2)}): ${m.neighbours} neighbour${plural} on loop ${m.from}`
  }
  return text
}

export interface Stats {
  /** Threads started (VT_spawn, VT_run, children of dynamic calls). */
  readonly spawned: number
  /** Started and not yet ended. */
  readonly live: number
  /** Ended by returning. */
  readonly returned: number
  /** Ended by an exception (other than its own cancellation). */
  readonly threw: number
  /** Ended by the Cancelled error of VT_cancel. */
  readonly cancelled: number
  /** Continuations thrown to by the event loop (resumptions). */
  readonly throws: number
  /** Active/yield queue swaps. */
  readonly swaps: number
  /** Runs of the event loop (each drains the active queue, then swaps). */
  readonly rounds: number
  /** Rounds that waited for a turn of the host's event loop (setImmediate / a task). */
  readonly hostTurns: number
  /** The event loop this is (VT_start); 0 without it. */
  readonly loop: number
  /** Every event loop: live threads as of its last round, threads that arrived and left, whether it stopped. */
  readonly loops: readonly LoopStats[]
  /** Every clue and subclue: owner and the counters of paper §2.2.3's footnote 3. */
  readonly clues: readonly ClueStats[]
}

export function stats(): Stats {
  return { ...threadCounters, live: liveThreadCount(), ...loopCounters, loop: currentLoop(), loops: loopStats(), clues: clueStats() }
}
