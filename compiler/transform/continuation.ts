// Per multistate function: the continuation class of a thread rooted at it, its stub and its
// registration with the runtime. The class holds the fields of the function and of every
// function it reaches by continuation-passing calls (the paper's merged continuation), all
// initialised in the constructor so that V8 gives every continuation of the thread one shape.

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
  const params = new Set(own.params.map((p) => p.field))
  for (const layout of layouts) for (const f of layout.fields) if (!params.has(f)) inits.push(`this.${f} = undefined;`)
  return `class ${own.name}$K extends vt$Continuation {\nconstructor(args) {\nsuper(${own.name}$sm, ${depth});\n${inits.join('\n')}\n}\n}`
}

export function registration(machine: Machine, file: string): string {
  const name = machine.ctx.layout.name
  const info = JSON.stringify({ name, file, lines: machine.lines, calls: machine.calls })
  return `vt$multistate(${name}$sm, ${info});\nvt$threadEntry(${name}, ${name}$sm, (self, args) => new ${name}$K(args));`
}

/** What the function's name is bound to: reached only from untransformed code. */
export function stub(modifiers: string, layout: Layout, paramNames: readonly string[]): string {
  return `${modifiers}function ${layout.name}(${paramNames.join(', ')}) { return vt$unreachable(${layout.name}); }`
}
