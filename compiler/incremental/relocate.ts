// Moving a file's facts to new positions of the files it refers to, when those files changed
// without changing their surface (see surface.ts). Keys are `file:start` or `file:start-end`.

import { returnSlot, type CallFact, type FileFacts, type FlowFact, type Term } from '../extract/facts.js'
import { shiftPosition, type TextShift } from './surface.js'

/** Shifts by relative file name. */
export type Shifts = ReadonlyMap<string, TextShift>

class Unmappable extends Error {}

const RETURN_PREFIX = returnSlot('')

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
  if (key.startsWith(RETURN_PREFIX)) return RETURN_PREFIX + relocateKey(key.slice(RETURN_PREFIX.length), shifts)
  const colon = key.lastIndexOf(':')
  const shift = shifts.get(key.slice(0, colon))
  if (!shift) return key
  const [start, end] = key.slice(colon + 1).split('-').map(Number)
  const moved = [start, end].filter((p): p is number => p !== undefined).map((p) => shiftPosition(shift, p))
  if (moved.some((p) => p === undefined)) throw new Unmappable()
  return `${key.slice(0, colon + 1)}${moved.join('-')}`
}
