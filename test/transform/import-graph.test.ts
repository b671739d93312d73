// The transform's files import one another without a cycle: a construct file reaches the
// lowering of nodes it does not own through compiler/transform/lower.ts (bound by dispatch.ts),
// so each file can be read, and changed, knowing only what it imports. Type-only imports are
// erased and do not count.

import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const DIR = path.resolve(import.meta.dirname, '../../compiler/transform')

/** The files of the folder a file imports values from (or imports for its effect). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(path.join(DIR, file), 'utf8'), ts.ScriptTarget.Latest)
  return sf.statements.flatMap((s) => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) return []
    const spec = s.moduleSpecifier.text
    if (!spec.startsWith('./')) return []
    const clause = s.importClause
    const bindings = clause?.namedBindings
    const typeOnly =
      clause !== undefined &&
      (clause.isTypeOnly || (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly)))
    return typeOnly ? [] : [spec.replace(/\.js$/, '.ts').slice(2)]
  })
}

/** A cycle of the graph, as the files along it, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file]
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(file, 'done')
    return undefined
  }
  for (const file of graph.keys()) {
    const cycle = visit(file)
    if (cycle) return cycle
  }
  return undefined
}

describe('compiler/transform import graph', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'))
  const graph = new Map(files.map((f) => [f, valueImports(f)]))

  it('reads the imports (the graph is not empty)', () => {
    expect(graph.get('explode-statements.ts')).toContain('explode-try.ts')
    expect(graph.get('module.ts')).toContain('dispatch.ts')
  })

  it('has no cycle', () => {
    expect(findCycle(graph)).toBeUndefined()
  })

  it('finds a cycle when there is one', () => {
    expect(
      findCycle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
        ]),
      ),
    ).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
  })
})
