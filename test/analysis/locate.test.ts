// compiler/locate.ts and the model index: every function, call and boundary of the model is found
// from its node by its span, and every function's node from its entry — over fixtures with every
// kind of function (methods, accessors, arrows, object literal members, computed names).

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ModelIndex, Project, functionNodeOf, nodeSpanning, resolveInput } from '../../compiler/index.js'
import { fixture } from './summary.js'

const FIXTURES = [
  'class-methods',
  'object-literal-methods',
  'local-functions',
  'function-values',
  'implicit-calls',
  'interface-dispatch',
  'callbacks',
  'js-sources',
  'super-call',
]

describe.each(FIXTURES)('locate: %s', (name) => {
  const project = new Project(resolveInput(fixture(name)))
  const model = project.analyze()
  const program = project.getProgram()
  const index = new ModelIndex(model)
  const sourceFile = (file: string) => program.getSourceFile(path.resolve(model.root, file))!

  it('finds the node of every function, and the function of that node', () => {
    for (const fn of model.functions) {
      const sf = sourceFile(fn.file)
      const node = functionNodeOf(sf, fn)
      expect(node, `${fn.file}:${fn.line} ${fn.name}`).toBeDefined()
      expect(index.file(sf.fileName)!.functionOf(node!)).toBe(fn)
    }
  })

  it('finds the entry of every call and every boundary from its node', () => {
    for (const call of model.calls) {
      const sf = sourceFile(call.file)
      const node = nodeSpanning(sf, call)
      expect(node, `${call.file}:${call.line} ${call.callee}`).toBeDefined()
      expect(index.file(sf.fileName)!.callOf(node!)).toBe(call)
    }
    for (const fn of model.functions) {
      for (const [i, boundary] of fn.boundaries.entries()) {
        const sf = sourceFile(boundary.file)
        const found = index.file(sf.fileName)!.boundaryOf(nodeSpanning(sf, boundary)!)
        expect(found).toEqual({ boundary, fn, number: i + 1 })
      }
    }
  })

  it('spans hold the offsets of their lines and columns', () => {
    for (const entry of [...model.functions, ...model.calls, ...model.diagnostics]) {
      const sf = sourceFile(entry.file)
      expect(sf.getPositionOfLineAndCharacter(entry.line - 1, entry.column - 1)).toBe(entry.start)
      expect(sf.getPositionOfLineAndCharacter(entry.endLine - 1, entry.endColumn - 1)).toBe(entry.end)
    }
  })
})
