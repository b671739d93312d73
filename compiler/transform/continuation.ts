// Per multistate function: the continuation class of a thread rooted at it, its stub and its
// registration with the runtime. The class holds the slots of the function and of every
// function it reaches by continuation-passing calls (the paper's merged continuation; slots.ts
// lets variables never live together share one), all initialised in the constructor so that
// V8 gives every continuation of the thread one shape.
// The state machine is a constructor argument: a closure's state machine is created with it.

import type { Layout } from './variables.js'
import type { ImportedCallee } from './imported.js'
import { liveAt, type Machine } from './machine.js'
import { frameSlots, type Slots } from './slots.js'
import { variableHole } from './holes.js'

interface Reach {
  /** Functions of this module reached from the root by CPS calls, root first. */
  layouts: Layout[]
  /** Other modules' functions called in CPS by those: they initialise their own fields. */
  imported: ImportedCallee[]
  /** The longest chain of CPS calls below the root: a number, or an expression over imported depths. */
  depth: string
}

export function reach(root: Machine, machines: ReadonlyMap<Layout, Machine>): Reach {
  const seen = new Set<Layout>()
  const imported = new Set<ImportedCallee>()
  // The calls being followed: recursion is an error (VT1001), but the editor still asks for the
  // layouts of such a module (layoutsOf), so a call back into one of them is not followed again.
  const active = new Set<Layout>()
  // The depth below a function whose calls met none being followed: the same by any path, and
  // everything below it is already in `seen` and `imported`. Followed again, a call graph with
  // shared callees (a calls b and c, both call d, …) is walked once per path: 2^26 for 26 layers.
  const acyclic = new Map<Layout, string>()
  const depthOf = (m: Machine): { depth: string; cycle: boolean } => {
    seen.add(m.ctx.layout)
    active.add(m.ctx.layout)
    const parts: string[] = []
    let cycle = false
    for (const callee of m.ctx.callees) {
      const next = machines.get(callee)
      if (!next) continue
      if (active.has(callee)) {
        cycle = true
        continue
      }
      const known = acyclic.get(callee)
      const below = known === undefined ? depthOf(next) : { depth: known, cycle: false }
      cycle ||= below.cycle
      parts.push(plusOne(below.depth))
    }
    for (const c of m.ctx.importedCallees) {
      imported.add(c)
      parts.push(`1 + ${c.alias}$depth()`)
    }
    active.delete(m.ctx.layout)
    const depth = maxOf(parts)
    if (!cycle) acyclic.set(m.ctx.layout, depth)
    return { depth, cycle }
  }
  const { depth } = depthOf(root)
  return { layouts: [...seen], imported: [...imported], depth }
}

function plusOne(depth: string): string {
  return /^\d+$/.test(depth) ? String(Number(depth) + 1) : `1 + ${depth}`
}

function maxOf(parts: string[]): string {
  if (parts.every((p) => /^\d+$/.test(p))) return String(Math.max(0, ...parts.map(Number)))
  return parts.length === 1 ? parts[0]! : `Math.max(${parts.join(', ')})`
}

/**
 * `target.slot = value` for every slot of the reach — the value in `values`, else 0 for a slot of
 * numbers (number-fields.ts), else undefined — then the imported functions' own.
 */
function frameInits(target: string, r: Reach, machines: ReadonlyMap<Layout, Machine>, slots: Slots, values: ReadonlyMap<string, string>): string[] {
  const initial = (slot: string): string => values.get(slot) ?? (slots.numbers.has(slot) ? '0' : 'undefined')
  const own = frameSlots(r.layouts, machines, slots).map((slot) => `${target}.${slot} = ${initial(slot)};`)
  return [...own, ...r.imported.map((c) => `${c.alias}$fields(${target});`)]
}

/**
 * The continuation classes of the module's threads. A class's constructor writes every slot of
 * the thread's frame once, in slot order (one stable shape), the root's arguments, `this` and
 * arguments object in theirs. Threads whose constructors are the same share one class: less code,
 * and fewer shapes for the runtime's property reads to meet.
 */
export function threadClasses(roots: readonly Machine[], machines: ReadonlyMap<Layout, Machine>, slots: Slots): string[] {
  const classOf = new Map<string, string>()
  return roots.map((root) => {
    const name = `${root.ctx.layout.name}$K`
    const body = constructorOf(root, machines, slots)
    const same = classOf.get(body)
    if (same !== undefined) return `const ${name} = ${same};`
    classOf.set(body, name)
    return `class ${name} extends vt$Continuation {\n${body}\n}`
  })
}

function constructorOf(root: Machine, machines: ReadonlyMap<Layout, Machine>, slots: Slots): string {
  const r = reach(root, machines)
  const own = root.ctx.layout
  const initial = new Map<string, string>()
  own.params.forEach((p, i) => initial.set(p.field, p.rest ? `args.slice(${i})` : `args[${i}]`))
  if (own.thisField) initial.set(own.thisField, 'self')
  if (own.argumentsField) initial.set(own.argumentsField, 'vt$argumentsOf(...args)')
  const valueOf = new Map([...initial].map(([field, value]) => [slots.slotOf.get(field)!, value]))
  const inits = frameInits('this', r, machines, slots, valueOf)
  return `constructor(sm, self, args) {\nsuper(sm, ${r.depth});\n${inits.join('\n')}\n}`
}

/**
 * What another module needs to call `machine` in CPS (imported.ts): an exported function
 * declaration by its name (`this` undefined, its state machine exported), a method or closure
 * called as a value under `value` (`this` an argument of `$enter`, its info exported to
 * recognise it by).
 */
export function calleeExports(machine: Machine, machines: ReadonlyMap<Layout, Machine>, slots: Slots, value?: string): string {
  const layout = machine.ctx.layout
  const name = value ?? layout.name
  const r = reach(machine, machines)
  // Arguments packed into an array only when the function keeps them as one (rest, `arguments`).
  const packed = layout.argumentsField !== undefined || layout.params.some((p) => p.rest)
  const params = packed ? '...args' : layout.params.map((_, i) => `a${i}`).join(', ')
  const field = (name: string): string => variableHole('k', name)
  const stores = layout.params.map((p, i) => `${field(p.field)} = ${packed ? (p.rest ? `args.slice(${i})` : `args[${i}]`) : `a${i}`};`)
  if (layout.argumentsField) stores.push(`${field(layout.argumentsField)} = vt$argumentsOf(...args);`)
  if (layout.thisField) stores.push(`${field(layout.thisField)} = ${value ? 'self' : 'undefined'};`)
  const fields = frameInits('k', r, machines, slots, new Map())
  return [
    `export function ${name}$enter(${['k', value && 'self', params].filter(Boolean).join(', ')}) { ${stores.join(' ')} }`,
    `export function ${name}$fields(k) { ${fields.join(' ')} }`,
    `export function ${name}$depth() { return ${r.depth}; }`,
    value ? `export { ${layout.name}$info as ${name}$info };` : `export { ${name}$sm };`,
  ].join('\n')
}

/**
 * MultistateInfo of the function, a module constant: source positions for logical stacks; in a
 * program whose threads move between event loops (VT_follow), also the slots live at each
 * boundary's resume state — all that a moving thread takes with it (docs/runtime.md §14.2).
 */
export function infoConstant(machine: Machine, slots: Slots, migrating: boolean): string {
  const info = migrating ? { ...machine.info, live: liveSlots(machine, slots) } : machine.info
  return `const ${machine.ctx.layout.name}$info = ${JSON.stringify(info)};`
}

/** State → the slots of its live variables, for each boundary's resume state. */
function liveSlots(machine: Machine, slots: Slots): Record<number, string[]> {
  const live: Record<number, string[]> = {}
  machine.resumePoints.forEach((point, state) => {
    if (point !== undefined) live[state] = [...new Set(liveAt(machine, state).map((v) => slots.slotOf.get(v.field)!))].sort()
  })
  return live
}

/** `(self, args) => new f$K(sm, this, args)`: `thisValue` is `self` (the call's) or `this` (an arrow's, lexical). */
export function factory(layout: Layout, sm: string, thisValue: 'self' | 'this'): string {
  return `(self, args) => new ${layout.name}$K(${sm}, ${thisValue}, args)`
}

/** Registration of a module-level function declaration, after the imports. */
export function registration(machine: Machine): string {
  const name = machine.ctx.layout.name
  return `vt$threadEntry(${name}, vt$multistate(${name}$sm, ${name}$info), ${factory(machine.ctx.layout, `${name}$sm`, 'self')});`
}

/**
 * Parameters of a stub: placeholders, as many as the function's `length` (those before the
 * first default or rest), so that no source name can shadow the stub's own name in its body.
 */
export function stubParams(parameters: readonly { initializer?: unknown; dotDotDotToken?: unknown }[]): string {
  const counted = parameters.findIndex((p) => p.initializer !== undefined || p.dotDotDotToken !== undefined)
  const n = counted < 0 ? parameters.length : counted
  return Array.from({ length: n }, (_, i) => `vt$${i}`).join(', ')
}
