// The Cluethread (paper §2.2.3.1): every period it reads each loop's load and, if the busiest
// and the least busy loop differ by more than 15 %, moves one clue from the first to the second —
// of the clues whose stage's time would narrow the gap, the one with the fewest neighbours (the
// clue threads follow just before it, and those they follow just after it) on the same loop, so
// that consecutive stages stay together and threads migrate less. One move per period: each
// move's effect is measured before the next.
//
// The paper's Cluethread migrates to each loop before reading its usage or moving its clues, so
// that nothing races. Here the clue table is shared memory: each loop measures and publishes its
// own utilization (footnote 2), the time of each stage is added up where it runs, and an owner
// changes with one atomic store — threads already queued on the old owner finish their stage,
// the next VT_follow goes to the new one. So it runs as a timer on loop 0, not as a thread.

import { atomicExchange, atomicLoad, atomicStore, now } from '../intrinsics.js'
import { append } from '../lists.js'
import { LAST_BUSY, OWNER, PREVIOUS, clueRows } from './clues.js'
import { LOOP_GONE, LOOP_UTILIZATION, clueField, here, loopField } from './here.js'
import { BUSY, timeStages } from './stage-time.js'
import { spunMs } from './peers.js'

/** A difference in utilization the Cluethread leaves alone (paper: "the same amount of work", within this). */
const BALANCED = 0.15
const KEPT_MOVES = 8
/** Periods a moved clue stays where it went: its stage time in the period of the move was split between loops. */
const SETTLE_PERIODS = 3

export interface ClueMove {
  readonly clue: string
  readonly from: number
  readonly to: number
  readonly fromUtilization: number
  readonly toUtilization: number
  /** Its neighbours left on the loop it left. */
  readonly neighbours: number
}

const moves: ClueMove[] = []
/** The period in which each clue row last moved. */
const movedIn = new Map<number, number>()
let period = 0

/** The Cluethread's last moves, oldest first (VT_dump). */
export function lastMoves(): readonly ClueMove[] {
  return moves
}

interface Host {
  performance?: { eventLoopUtilization?(a?: Utilization, b?: Utilization): Utilization }
  setInterval(task: () => void, ms: number): { unref?(): void }
}
/** Milliseconds busy and idle. */
interface Utilization {
  active: number
  idle: number
}

/** Every loop: publish its utilization each period, and time the stages it runs (stage-time.ts). */
export function measureLoad(periodMs: number): void {
  const host = globalThis as unknown as Host
  const performance = host.performance
  if (performance?.eventLoopUtilization === undefined) return
  const elu = performance.eventLoopUtilization.bind(performance)
  let last = elu()
  let lastSpun = spunMs()
  every(periodMs, () => {
    const current = elu()
    const spun = spunMs()
    const { active, idle } = elu(current, last)
    // time spent spinning for the next migrant is idle time in all but name (peers.ts)
    const busy = active + idle > 0 ? Math.max(0, active - (spun - lastSpun)) / (active + idle) : 0
    atomicStore(here.table, loopField(here.self, LOOP_UTILIZATION), Math.round(busy * 1000))
    last = current
    lastSpun = spun
  })
  timeStages(now)
}

/** Loop 0: the Cluethread. */
export function startCluethread(periodMs: number): void {
  every(periodMs, () => rebalance(periodMs))
}

function every(ms: number, task: () => void): void {
  ;(globalThis as unknown as Host).setInterval(task, ms).unref?.()
}

function rebalance(periodMs: number): void {
  period++
  const busy = closePeriod()
  const loops = runningLoops()
  // the first period measured the loops starting, not their work
  if (loops.length < 2 || period === 1) return
  let busiest = loops[0] as number
  let idlest = busiest
  for (const loop of loops) {
    if (utilization(loop) > utilization(busiest)) busiest = loop
    if (utilization(loop) < utilization(idlest)) idlest = loop
  }
  const gap = utilization(busiest) - utilization(idlest)
  if (gap <= BALANCED) return
  const row = choose(busiest, gap, busy, periodMs)
  if (row === -1) return
  atomicStore(here.table, clueField(row, OWNER), idlest)
  movedIn.set(row, period)
  append(moves, {
    clue: clueRows()[row] as string,
    from: busiest,
    to: idlest,
    fromUtilization: utilization(busiest),
    toUtilization: utilization(idlest),
    neighbours: neighbours(row, busiest),
  })
  if (moves.length > KEPT_MOVES) moves.shift()
}

/** Each clue's busy time in the period that ends (µs), kept as its last; the next period starts at 0. */
function closePeriod(): number[] {
  const busy: number[] = []
  for (let row = 0; row < clueRows().length; row++) {
    const spent = atomicExchange(here.table, clueField(row, BUSY), 0)
    atomicStore(here.table, clueField(row, LAST_BUSY), spent)
    append(busy, spent)
  }
  return busy
}

function runningLoops(): number[] {
  const loops: number[] = []
  for (let loop = 0; loop < here.count; loop++) if (atomicLoad(here.table, loopField(loop, LOOP_GONE)) === 0) append(loops, loop)
  return loops
}

function utilization(loop: number): number {
  return atomicLoad(here.table, loopField(loop, LOOP_UTILIZATION)) / 1000
}

/**
 * The clue of `loop` to move: its stage took at least half the margin of the period (moving less
 * evens nothing out), it has not moved in the last periods, and moving that work leaves the
 * receiving loop less busy than the busiest one was by half the margin (so measurement noise
 * cannot send a clue back and forth); then the fewest neighbours on the loop; then the share
 * closest to half the gap, which would even the two out.
 */
function choose(loop: number, gap: number, busy: readonly number[], periodMs: number): number {
  let best = -1
  let bestKey: [number, number] = [Infinity, Infinity]
  for (let row = 0; row < busy.length; row++) {
    const share = (busy[row] as number) / 1000 / periodMs
    const settling = period - (movedIn.get(row) ?? -SETTLE_PERIODS) < SETTLE_PERIODS
    if (owner(row) !== loop || share < BALANCED / 2 || share > gap - BALANCED / 2 || settling) continue
    const key: [number, number] = [neighbours(row, loop), Math.abs(share - gap / 2)]
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = row
      bestKey = key
    }
  }
  return best
}

/** Clues on `loop` that threads follow just before `row` or just after it. */
function neighbours(row: number, loop: number): number {
  let count = 0
  const previous = atomicLoad(here.table, clueField(row, PREVIOUS))
  if (previous >= 0 && previous !== row && owner(previous) === loop) count++
  for (let other = 0; other < clueRows().length; other++) {
    if (other !== row && other !== previous && owner(other) === loop && atomicLoad(here.table, clueField(other, PREVIOUS)) === row) count++
  }
  return count
}

function owner(row: number): number {
  return atomicLoad(here.table, clueField(row, OWNER))
}
