// Clues (paper §2.2.3): named pipeline stages, each owned by one event loop. Every loop runs the
// same top-level code, so it creates the same clues in the same order (clue-check.ts makes sure
// of it): a clue is its row in the
// table all loops share, and its owner is read from there at each follow (the Cluethread may move
// it). Following keeps the counters of the paper's footnote 3, which tell which stages threads
// take in sequence. A loop's clue (VT_loopClue) has no row: it names a loop, not a stage.

import { describeArgument } from '../errors.js'
import { Error, RangeError, TypeError, atomicAdd, atomicLoad, atomicStore, imul, isInteger, mapGet, mapSet } from '../intrinsics.js'
import { extrasOf, type Continuation, type ThreadExtras } from '../protocol.js'
import { append } from '../lists.js'
import { clueCreated } from './clue-check.js'
import { charge } from './stage-time.js'
import { CLUE_FIELDS, MAX_CLUES, MAX_LOOPS, here } from './here.js'

/** Clue row fields. */
export const OWNER = 0
/** The row of the clue threads followed before this one (paper: previous_clue); -1: none. */
export const PREVIOUS = 1
export const SAME = 2
export const DIFFERENT = 3
const FOLLOWS = 4
/** Microseconds threads ran in this clue's stage in the Cluethread's last period (BUSY: stage-time.ts). */
export const LAST_BUSY = 6

/**
 * A clue, as VT_clue or VT_loopClue returns it: plain data, so that a thread can keep clues in
 * its live variables (a route of stages) and take them along when it moves.
 */
export interface Clue {
  readonly name: string
  /** Its first row in the clue table: the same in every loop. */
  readonly row: number
  /** Subclues of a hashed n-clue; 1 for a plain clue. */
  readonly n: number
  /**
   * A loop's clue (VT_loopClue): the loop that owns it for good. It has no row (row -1): nothing
   * moves it, and it is no stage — no counters, no stage time.
   */
  readonly loop?: number
}

/** A clue of this program: the shape, and its row's name here (every loop creates the same clues). */
export function isClue(value: unknown): value is Clue {
  if (typeof value !== 'object' || value === null) return false
  const { name, row, n, loop } = value as Partial<Clue>
  if (loop !== undefined) return isInteger(loop) && row === -1 && n === 1 && name === loopClueName(loop)
  return typeof name === 'string' && typeof n === 'number' && typeof row === 'number' && rows[row] === (n === 1 ? name : `${name}#1`)
}

/**
 * VT_loopClue(loop): the clue event loop `loop` owns for good, so that a thread can go to a loop
 * of its choice — to listen there, say (docs/runtime.md §14.9). Whether that loop runs is checked
 * when a thread follows it: top-level code may make it before the loops start.
 */
export function loopClue(loop: number): Clue {
  if (!isInteger(loop) || loop < 0 || loop >= MAX_LOOPS)
    throw new RangeError(`VT_loopClue: expected an event loop's index, an integer from 0 to ${MAX_LOOPS - 1}, got ${describeArgument(loop)}`)
  return { name: loopClueName(loop), row: -1, n: 1, loop }
}

function loopClueName(loop: number): string {
  return `loop #${loop}`
}

const byName = new Map<string, Clue>()
const rows: string[] = []
const clues: Clue[] = []

/** VT_clue(name, { n }): the same name gives the same clue. */
export function clueNamed(name: string, n: number): Clue {
  if (typeof name !== 'string') throw new TypeError(`VT_clue: expected a name, got ${typeof name}`)
  if (!isInteger(n) || n < 1) throw new RangeError(`VT_clue: n must be an integer ≥ 1, got ${describeArgument(n)}`)
  const known = mapGet(byName, name)
  if (known !== undefined) {
    if (known.n !== n) throw new Error(`VT_clue: clue '${name}' exists with n = ${known.n}, not ${n}`)
    return known
  }
  if (rows.length + n > MAX_CLUES) throw new RangeError(`VT_clue: at most ${MAX_CLUES} clues and subclues`)
  const clue: Clue = { name, row: rows.length, n }
  clueCreated(clue) // every loop must create the same clues (clue-check.ts)
  for (let i = 1; i <= n; i++) append(rows, n === 1 ? name : `${name}#${i}`)
  mapSet(byName, name, clue)
  append(clues, clue)
  return clue
}

/** The names of the table's rows in order. */
export function clueRows(): readonly string[] {
  return rows
}

/** The clues made here, in the order they were made. */
export function clueList(): readonly Clue[] {
  return clues
}

/** Owners before any move: round robin in creation order (the paper assigns them "arbitrarily"). */
export function assignOwners(table: Int32Array, loops: number): void {
  for (let row = 0; row < MAX_CLUES; row++) {
    table[row * CLUE_FIELDS + OWNER] = row % loops
    table[row * CLUE_FIELDS + PREVIOUS] = -1
  }
}

/**
 * Thread k follows `clue`: the row it takes (a hashed n-clue's subclue by the thread's lane key,
 * so one thread always takes the same lane), its counters updated; returns the loop that owns
 * that row. A loop's clue: its loop, counting nothing.
 */
export function follow(k: Continuation, clue: Clue): number {
  if (clue.loop !== undefined) {
    const extras = extrasOf(k)
    charge(extras.clue) // the stage the thread was in ends here; a loop's clue starts none
    extras.clue = -1
    return clue.loop
  }
  const extras = extrasOf(k)
  const row = clue.n === 1 ? clue.row : clue.row + lane(laneKey(extras), clue.n)
  const table = here.table
  const at = row * CLUE_FIELDS
  const last = extras.clue
  charge(last)
  if (atomicLoad(table, at + PREVIOUS) === last) atomicAdd(table, at + SAME, 1)
  else {
    atomicStore(table, at + PREVIOUS, last)
    atomicAdd(table, at + DIFFERENT, 1)
  }
  atomicAdd(table, at + FOLLOWS, 1)
  extras.clue = row
  return atomicLoad(table, at + OWNER)
}

/** Lane keys drawn here so far. */
let laneKeys = 0

/**
 * A thread's lane key: the count of threads that had followed a hashed clue on this loop when it
 * first did. Not its id: ids also count the threads that never follow one (a line reader's child,
 * a helper) and arrivals from other loops, so the ids of a burst of connections skip at random and
 * their lanes would too — eight connections once all took lane 0 of two.
 */
function laneKey(extras: ThreadExtras): number {
  // a word on the wire (wire.ts); wraps past 2^31 - 1, skipping 0
  if (extras.lane === 0) extras.lane = laneKeys = laneKeys === 0x7fffffff ? 1 : laneKeys + 1
  return extras.lane
}

/**
 * Fibonacci hashing of a lane key onto n lanes (the paper hashes the continuation's address):
 * the product's high bits, scaled to n — its low bits are the key's own for n a power of two, so
 * keys drawn two at a time (a request and its helper) would all take the same lane.
 */
function lane(key: number, n: number): number {
  return (((imul(key, 0x9e3779b1) >>> 0) / 0x100000000) * n) | 0
}

/** Give every clue owned by `gone` to the loops still running. */
export function reassignFrom(gone: number, alive: readonly number[]): void {
  if (alive.length === 0) return
  for (let row = 0; row < rows.length; row++) {
    const at = row * CLUE_FIELDS + OWNER
    if (atomicLoad(here.table, at) === gone) atomicStore(here.table, at, alive[row % alive.length] as number)
  }
}

export interface ClueStats {
  readonly name: string
  readonly owner: number
  /** The clue threads followed just before this one, as last recorded (paper: previous_clue). */
  readonly previous: string | null
  readonly same: number
  readonly different: number
  readonly follows: number
  /** Milliseconds threads ran in this stage during the Cluethread's last period. */
  readonly busyMs: number
}

export function clueStats(): ClueStats[] {
  const table = here.table
  const stats: ClueStats[] = []
  for (let row = 0; row < rows.length; row++) {
    const at = row * CLUE_FIELDS
    const previous = atomicLoad(table, at + PREVIOUS)
    append(stats, {
      name: rows[row] as string,
      owner: atomicLoad(table, at + OWNER),
      previous: previous < 0 ? null : (rows[previous] ?? null),
      same: atomicLoad(table, at + SAME),
      different: atomicLoad(table, at + DIFFERENT),
      follows: atomicLoad(table, at + FOLLOWS),
      busyMs: atomicLoad(table, at + LAST_BUSY) / 1000,
    })
  }
  return stats
}
