// Every loop must create the same clues (docs/runtime.md §14.5): a clue travels as its row of the
// shared table, so two loops that gave one row to different clues would send threads to the
// loop owning another stage, silently. Workers import the same module, so the same top-level
// code creates the same clues — unless it creates them conditionally (on the thread it runs on,
// on timing, on input). Loop 0 is the reference and checks: each other loop tells it, once it
// listens, the clues it created (all of them then, each one later as it is made), and loop 0
// compares them with its own; it also keeps the rows other loops created later that it has not,
// to compare with the clues it makes afterwards. A disagreement ends the program with an error
// that names the clues and the loops (thrown where loop 0 hears of it: uncaught, or from the
// VT_clue call on loop 0 that disagrees).

import { Error, mapGet, mapSet } from '../intrinsics.js'
import { append } from '../lists.js'
import type { Clue } from './clues.js'
import { here } from './here.js'
import { post } from './peers.js'

/** Loop 0: how many clues it had created when the loops started; every loop must create those. */
let atStart = 0
/** Loop 0: rows created by other loops after they started that loop 0 has not created (yet), by row. */
const elsewhere = new Map<number, { readonly loop: number; readonly clue: Clue }>()

/**
 * This loop listens to the others (start.ts): loop 0 notes its clues, another loop tells loop 0
 * its own. The clues made here are given (clues.ts, clueList), as to cluesReported: clues.ts
 * calls clueCreated, so this file does not import it.
 */
export function cluesJoined(mine: readonly Clue[]): void {
  if (here.self === 0) atStart = mine.length
  else post(0, { t: 'clues', loop: here.self, clues: mine, joined: true })
}

/** `clue` is about to be created here while several loops run: checked (loop 0), or told to loop 0. */
export function clueCreated(clue: Clue): void {
  if (here.count === 1) return
  if (here.self !== 0) return post(0, { t: 'clues', loop: here.self, clues: [clue], joined: false })
  const problems: string[] = []
  for (let row = clue.row; row < clue.row + clue.n; row++) {
    const other = mapGet(elsewhere, row)
    if (other !== undefined && !same(other.clue, clue)) append(problems, differ(row, 0, clue, other.loop, other.clue))
  }
  fail(problems)
}

/** Loop 0, whose clues are `mine`: loop `loop` created `clues` (`joined`: every clue it had when it started listening). */
export function cluesReported(mine: readonly Clue[], loop: number, clues: readonly Clue[], joined: boolean): void {
  const problems: string[] = []
  for (const clue of clues) {
    const problem = compare(mine, loop, clue, joined)
    if (problem !== undefined) append(problems, problem)
  }
  if (joined) {
    for (let i = 0; i < atStart; i++) {
      const own = mine[i] as Clue
      if (find(clues, (c) => c.name === own.name) === undefined)
        append(problems, `${describe(own)} at ${rows(own)} is created on loop #0 and not on loop #${loop}`)
    }
  }
  fail(problems, loop)
}

/** What is wrong with loop `loop`'s `clue` next to loop 0's clues, if anything; a row loop 0 lacks is kept for later. */
function compare(mine: readonly Clue[], loop: number, clue: Clue, joined: boolean): string | undefined {
  const named = find(mine, (c) => c.name === clue.name)
  if (named !== undefined) return same(named, clue) ? undefined : differ(named.row, 0, named, loop, clue)
  const there = find(mine, (c) => c.row <= clue.row && clue.row < c.row + c.n)
  if (there !== undefined) return differ(clue.row, 0, there, loop, clue)
  if (joined) return `${describe(clue)} at ${rows(clue)} is created on loop #${loop} and not on loop #0`
  for (let row = clue.row; row < clue.row + clue.n; row++) {
    const other = mapGet(elsewhere, row)
    if (other !== undefined && !same(other.clue, clue)) return differ(row, other.loop, other.clue, loop, clue)
    mapSet(elsewhere, row, { loop, clue })
  }
  return undefined
}

function same(a: Clue, b: Clue): boolean {
  return a.name === b.name && a.row === b.row && a.n === b.n
}

/** Two loops' clues that take one row, or one clue at two rows. */
function differ(row: number, loop: number, clue: Clue, otherLoop: number, other: Clue): string {
  if (clue.name === other.name) return `clue '${clue.name}' is ${rows(clue)} on loop #${loop} and ${rows(other)} on loop #${otherLoop}`
  return `row ${row} is ${describe(clue)} on loop #${loop} and ${describe(other)} on loop #${otherLoop}`
}

function describe(clue: Clue): string {
  return clue.n === 1 ? `clue '${clue.name}'` : `clue '${clue.name}' (n = ${clue.n})`
}

function rows(clue: Clue): string {
  return clue.n === 1 ? `row ${clue.row}` : `rows ${clue.row}–${clue.row + clue.n - 1}`
}

function find(clues: readonly Clue[], test: (clue: Clue) => boolean): Clue | undefined {
  for (const clue of clues) if (test(clue)) return clue
  return undefined
}

/** Throws the problems found between loop 0 and `loop` (none: the problems name the loops), if any. */
function fail(problems: readonly string[], loop?: number): void {
  if (problems.length === 0) return
  let list = ''
  for (const problem of problems) list += list === '' ? problem : `; ${problem}`
  const between = loop === undefined ? 'event loops' : `event loops #0 and #${loop}`
  throw new Error(
    `VT_clue: ${between} do not create the same clues: ${list}. A thread following one of them would move to the event loop that owns another stage. ` +
      'Every event loop runs the program’s top-level code: create clues there, unconditionally (not depending on the thread, VT_loop(), timing or input) and in the same order (docs/runtime.md §14.5).',
  )
}
