// The runtime's modules import each other without cycles, but for one known cycle among the
// modules of several event loops. Rollup warns of every cycle in a bundle ("Circular
// dependencies"), and a user who bundles a server with the runtime inside would see it at every
// build; a cycle also makes the order modules load in depend on which one a program imports first.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const RUNTIME = path.resolve(import.meta.dirname, '../../runtime')

/** Each runtime module and the runtime modules it imports for their values (`import type` imports nothing). */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of fs.readdirSync(RUNTIME, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(RUNTIME, file), 'utf8')
    const targets = [...text.matchAll(/^(import|export)(?! type)[^;'"]*?from '(\.[^']+)\.js'/gms)].map((m) =>
      path.relative(RUNTIME, path.resolve(path.dirname(path.join(RUNTIME, file)), `${m[2]}.ts`)),
    )
    graph.set(file, targets)
  }
  return graph
}

/** The strongly connected components of more than one module (Tarjan's algorithm), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (v: string): void => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      component.push(w)
      if (w === v) break
    }
    if (component.length > 1) found.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

describe('the runtime’s imports', () => {
  it('finds the modules it imports (the check sees something)', () => {
    expect(imports().get('loop.ts')).toEqual(expect.arrayContaining(['throw.ts', 'unjoined.ts']))
  })

  it('form no cycle but the messages between event loops (peers.ts delivers to away.ts and the clue check, which post through it)', () => {
    expect(cycles(imports())).toEqual([['loops/away.ts', 'loops/clue-check.ts', 'loops/clues.ts', 'loops/keep-alive.ts', 'loops/peers.ts']])
  })
})
