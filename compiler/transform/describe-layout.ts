// The analysis-model view of what the transform made (model.ts FunctionLayout): per multistate
// function its states and transitions, its variables with their slots, the variables live at
// each boundary, and the continuation of a thread started at it. The playground, the editor and
// `vtify analyze` read this, never the generated code.

import type { ContinuationLayout, FunctionInfo, FunctionLayout, Transition } from '../model.js'
import type { ModuleScope } from './context.js'
import type { Layout } from './variables.js'
import { holds } from './live-ranges.js'
import type { Machine } from './machine.js'
import type { Slots } from './slots.js'

/** The layouts of a module's multistate functions; their continuations are completed by completeContinuations once every module is done. */
export function describeLayouts(scope: ModuleScope, slots: Slots): FunctionLayout[] {
  const infoOf = new Map<Layout, FunctionInfo>([...scope.functions.values()].map(({ info, layout }) => [layout, info]))
  return [...scope.machines.values()].map((m) => describe(m, infoOf, slots))
}

function describe(m: Machine, infoOf: ReadonlyMap<Layout, FunctionInfo>, slots: Slots): FunctionLayout {
  const { ctx } = m
  const info = infoOf.get(ctx.layout)!
  const e = ctx.emitter
  const liveAt = ctx.boundaryCalls().map(([call, b]) => ({
    file: b.file,
    line: b.line,
    column: b.column,
    callee: b.callee,
    live: ctx.layout.variables.filter((v) => holds(v.live, call.end)).map((v) => v.name),
  }))
  return {
    id: info.id,
    name: info.name,
    file: info.file,
    line: info.line,
    column: info.column,
    states: e.cases.map((c) => ({ id: c.label.id, line: c.line, resumes: c.call })),
    transitions: transitions(m),
    variables: ctx.layout.variables.map((v) => {
      const slot = slots.slotOf.get(v.field)
      return slot ? { name: v.name, kind: v.kind, slot } : { name: v.name, kind: v.kind }
    }),
    liveAt,
    cpsCalls: [...[...ctx.callees].map((c) => infoOf.get(c)!.id), ...[...ctx.importedCallees].map((c) => c.id)],
    continuation: { slots: [], depth: 0, bytes: 0 },
  }
}

function transitions(m: Machine): Transition[] {
  const e = m.ctx.emitter
  const out: Transition[] = e.edges.map((edge) => ({
    from: edge.from,
    to: edge.to.id,
    kind: edge.fallthrough ? 'next' : e.cases[edge.to.id]!.call ? 'boundary' : 'jump',
  }))
  for (const region of e.regions) {
    const targets = region.handler.filter((p) => typeof p !== 'string').map((l) => l.id)
    for (let s = region.start.id; s < region.end.id; s++) for (const to of targets) out.push({ from: s, to, kind: 'throw' })
  }
  return out
}

/** The source's own variables of a layout (not the transform's temporaries), as stored or kept as JS locals (principle 1). */
export function namedVariables(layout: FunctionLayout): { stored: string[]; locals: string[] } {
  const named = layout.variables.filter((v) => v.kind !== 'temporary')
  return { stored: named.filter((v) => v.slot).map((v) => v.name), locals: named.filter((v) => !v.slot).map((v) => v.name) }
}

/**
 * Fields of the runtime's Continuation (runtime/protocol.ts) besides the compiler's slots, and
 * besides `frames`, a field only of a thread with multistate calls below its root.
 */
export const HEADER_FIELDS = 7

/**
 * Fill in every layout's continuation: its own slots merged with those of everything it calls
 * in CPS (in any module), by slot name — a slot shared by variables of several functions is one
 * field. Sizes assume 64-bit V8 without pointer compression (Node's default): 24 bytes of object
 * header, 8 per field, and a return-stack array of 2 entries per level of CPS calls plus its
 * stack pointer.
 */
export function completeContinuations(layouts: readonly FunctionLayout[]): void {
  const byId = new Map(layouts.map((l) => [l.id, l]))
  const memo = new Map<string, { slots: Map<string, string[]>; depth: number }>()
  const frame = (id: string): { slots: Map<string, string[]>; depth: number } => {
    const known = memo.get(id)
    if (known) return known
    // Recursion among multistate functions is an error (VT1001); the editor may still ask.
    memo.set(id, { slots: new Map(), depth: 0 })
    const layout = byId.get(id)
    const slots = new Map<string, string[]>()
    let depth = 0
    for (const v of layout?.variables ?? []) if (v.slot) slots.set(v.slot, [...(slots.get(v.slot) ?? []), `${layout!.name}.${v.name}`])
    for (const callee of layout?.cpsCalls ?? []) {
      const sub = frame(callee)
      depth = Math.max(depth, sub.depth + 1)
      for (const [slot, holds] of sub.slots) slots.set(slot, [...new Set([...(slots.get(slot) ?? []), ...holds])])
    }
    const result = { slots, depth }
    memo.set(id, result)
    return result
  }
  for (const layout of layouts) {
    const { slots, depth } = frame(layout.id)
    layout.continuation = continuationOf(slots, depth)
  }
}

function continuationOf(slots: ReadonlyMap<string, string[]>, depth: number): ContinuationLayout {
  // the field, the array and its backing store
  const frames = depth === 0 ? 0 : 8 + 32 + 16 + 8 * (2 * depth + 1)
  return {
    slots: [...slots].map(([slot, holds]) => ({ slot, holds })),
    depth,
    bytes: 24 + 8 * (HEADER_FIELDS + slots.size) + frames,
  }
}
