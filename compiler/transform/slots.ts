// The continuation slots of a module (principle 2: variables never live together share a
// slot, across all the functions of a thread — the paper's union of callee continuations,
// generalised to interference colouring). Two stored variables interfere when
// - they belong to one function and their live ranges overlap, or
// - one belongs to a function F whose live range overlaps a continuation-passing call of F,
//   and the other to the callee or to anything the callee calls in CPS: the callee's frame
//   is in use for the whole call.
// Callees in other modules keep their own slots (their module's tag), so they never collide —
// but one may call back, in CPS, into this module's exported functions (an import cycle), so a
// call to another module counts as a call to every exported function of this one.
// When the module is printed, a stored variable read through the continuation becomes its slot,
// a local's the JS local `f$x` declared by its state machine (variableAccess, print.ts).

import type { Layout } from './variables.js'
import { keysAlwaysTrue } from './number-fields.js'
import { colourGreedily } from './slot-colouring.js'
import type { Machine } from './machine.js'

export interface Slots {
  /** Slot name of each stored variable, by its field name. */
  slotOf: ReadonlyMap<string, string>
  /** Field names of the variables kept as JS locals. */
  locals: ReadonlySet<string>
  /** Slots whose every variable only ever holds numbers (number-fields.ts): they start as 0. */
  numbers: ReadonlySet<string>
}

export function assignSlots(machines: ReadonlyMap<Layout, Machine>, tag: string): Slots {
  const colour = colourGreedily(machines)
  const slotOf = new Map([...colour].map(([v, c]) => [v.field, `${tag}$s${c}`]))
  const locals = new Set<string>()
  for (const m of machines.values()) for (const v of m.ctx.layout.variables) if (!slotOf.has(v.field)) locals.add(v.field)
  return { slotOf, locals, numbers: numberSlots(machines, slotOf) }
}

/** The slots whose every variable holds only numbers. */
function numberSlots(machines: ReadonlyMap<Layout, Machine>, slotOf: ReadonlyMap<string, string>): Set<string> {
  return keysAlwaysTrue([...machines.values()].flatMap((m) => m.stored.map((v) => [slotOf.get(v.field)!, m.ctx.layout.numbers.has(v.field)] as const)))
}

/** The slots of a function's frame: its stored variables' and its CPS callees' in this module, each once, in slot order. */
export function frameSlots(layouts: readonly Layout[], machines: ReadonlyMap<Layout, Machine>, slots: Slots): string[] {
  const names = new Set<string>()
  for (const layout of layouts) for (const v of machines.get(layout)?.stored ?? []) names.add(slots.slotOf.get(v.field)!)
  return [...names].sort((a, b) => slotNumber(a) - slotNumber(b))
}

function slotNumber(slot: string): number {
  return Number(slot.slice(slot.lastIndexOf('$s') + 2))
}

/** A variable read through the continuation `k` (a hole of holes.ts): `k.m1x2$s3`, its slot, or `f$m1x2$x`, the JS local its state machine declares. */
export function variableAccess(slots: Slots): (k: string, field: string) => string {
  return (k, field) => {
    if (slots.locals.has(field)) return field
    const slot = slots.slotOf.get(field)
    if (slot === undefined) throw new Error(`vtify internal error: the variable ${field} belongs to no state machine of its module`)
    return `${k}.${slot}`
  }
}
