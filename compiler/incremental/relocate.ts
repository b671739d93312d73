// Moving a file's facts to new positions of the files it refers to, when those files changed
// without changing their surface (see surface.ts). extract/context.ts moves each key.

import { movedKey } from '../extract/context.js'
import type { CallFact, FileFacts, FlowFact, Term } from '../extract/facts.js'
import { shiftPosition, type TextShift } from './surface.js'

/** Shifts by relative file name. */
export type Shifts = ReadonlyMap<string, TextShift>

class Unmappable extends Error {}

/** The facts with every key into a shifted file moved, or undefined if some key cannot be. */
export function relocateFacts(facts: FileFacts, shifts: Shifts): FileFacts | undefined {
  const key = (k: string): string => relocateKey(k, shifts)
  const terms = (ts: Term[]): Term[] => ts.map((t) => ('fn' in t ? { fn: key(t.fn) } : 'slot' in t ? { slot: key(t.slot) } : { ret: key(t.ret) }))
  const call = (c: CallFact): CallFact => ({
    ...c,
    callee: 'terms' in c.callee ? { terms: terms(c.callee.terms), direct: c.callee.direct } : c.callee,
    args: c.args.map(terms),
  })
  const flow = (f: FlowFact): FlowFact => ({ to: key(f.to), from: terms(f.from) })
  try {
    return { ...facts, calls: facts.calls.map(call), flows: facts.flows.map(flow) }
  } catch (e) {
    if (e instanceof Unmappable) return undefined
    throw e
  }
}

function relocateKey(key: string, shifts: Shifts): string {
  const moved = movedKey(key, (file) => {
    const shift = shifts.get(file)
    return shift && ((offset) => shiftPosition(shift, offset))
  })
  if (moved === undefined) throw new Unmappable()
  return moved
}
