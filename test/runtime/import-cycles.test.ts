// The runtime's modules import each other without cycles. Rollup warns of every cycle in a bundle
// ("Circular dependencies"), and a user who bundles a server with the runtime inside would see it
// at every build; a cycle also makes the order modules load in depend on which one a program
// imports first.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { stronglyConnected } from '../../compiler/analyze/recursion.js'

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

/** The modules that import each other in a circle, each circle sorted (the recursion check's Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  return stronglyConnected(
    [...graph.keys()],
    (file) => graph.get(file) ?? [],
    (a, b) => a.localeCompare(b),
  )
}

describe('the runtime’s imports', () => {
  it('finds the modules it imports (the check sees something)', () => {
    expect(imports().get('loop.ts')).toEqual(expect.arrayContaining(['throw.ts', 'unjoined.ts']))
  })

  it('form no cycle', () => {
    expect(cycles(imports())).toEqual([])
  })
})
