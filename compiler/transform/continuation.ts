// Per multistate function: the continuation class of a thread rooted at it, its stub and its
// registration with the runtime. The class holds the fields of the function and of every
// function it reaches by continuation-passing calls (the paper's merged continuation), all
// initialised in the constructor so that V8 gives every continuation of the thread one shape.
// The state machine is a constructor argument: a closure's state machine is created with it.

import type { Layout } from './hoist.js'
import type { Machine } from './machine.js'

/** Functions reached from `root` by CPS calls, root first, and the depth of the deepest call chain. */
export function reach(root: Machine, machines: ReadonlyMap<Layout, Machine>): { layouts: Layout[]; depth: number } {
  const seen = new Set<Layout>()
  const depthOf = (m: Machine): number => {
    seen.add(m.ctx.layout)
    let depth = 0
    for (const callee of m.ctx.callees) {
      const next = machines.get(callee)
      if (next) depth = Math.max(depth, 1 + depthOf(next))
    }
    return depth
  }
  const depth = depthOf(root)
  return { layouts: [...seen], depth }
}

export function threadClass(root: Machine, machines: ReadonlyMap<Layout, Machine>): string {
  const { layouts, depth } = reach(root, machines)
  const own = root.ctx.layout
  const inits: string[] = []
  own.params.forEach((p, i) => inits.push(`this.${p.field} = ${p.rest ? `args.slice(${i})` : `args[${i}]`};`))
  if (own.thisField) inits.push(`this.${own.thisField} = self;`)
  if (own.argumentsField) inits.push(`this.${own.argumentsField} = args;`)
  const set = new Set([...own.params.map((p) => p.field), own.thisField, own.argumentsField])
  for (const layout of layouts) for (const f of layout.fields) if (!set.has(f)) inits.push(`this.${f} = undefined;`)
  return `class ${own.name}$K extends vt$Continuation {\nconstructor(sm, self, args) {\nsuper(sm, ${depth});\n${inits.join('\n')}\n}\n}`
}

/** MultistateInfo of the function, a module constant: source positions for logical stacks. */
export function infoConstant(machine: Machine): string {
  return `const ${machine.ctx.layout.name}$info = ${JSON.stringify(machine.info)};`
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
