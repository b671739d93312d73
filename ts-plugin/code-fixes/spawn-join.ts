// VT1001's quick fix: the call that closes a recursion cycle runs in a virtual thread of its own and
// is waited for — `walk(child)` becomes `VT_join(VT_spawn(walk, child))`: the same result, its
// errors rethrown, one thread per level (docs/errors.md#vt1001). A method keeps its receiver
// (`this.walk.bind(this)`). Only for a callee named by an identifier or `this`/identifier.member.

import ts from 'typescript'
import { Codes } from '../../compiler/index.js'
import { defineRefactor, type RefactorContext } from '../refactors/refactor.js'
import { reportedAt } from '../refactors/reported.js'
import { runtimeReferences } from '../refactors/runtime-import.js'

export const spawnJoin = defineRefactor<{ call: ts.CallExpression; fn: string }>({
  name: 'vtify: join a spawned thread',
  description: 'Run the recursive call in its own virtual thread: VT_join(VT_spawn(…))',
  kind: 'quickfix',
  find: closingCallAt,
  changes(ctx, { call, fn }) {
    const { sourceFile } = ctx.file
    const references = runtimeReferences({ at: call, checker: ctx.model.program.getTypeChecker() }, ['VT_join', 'VT_spawn'])
    if (!references) return undefined
    const {
      expressions: [join, spawn],
      importChange,
    } = references
    const args = call.arguments.length === 0 ? '' : `, ${sourceFile.text.slice(call.arguments[0]!.getStart(sourceFile), call.arguments.end)}`
    const change: ts.TextChange = { span: { start: call.getStart(sourceFile), length: call.getWidth(sourceFile) }, newText: `${join}(${spawn}(${fn}${args}))` }
    return importChange ? [change, importChange] : [change]
  },
})

function closingCallAt(ctx: RefactorContext): { call: ts.CallExpression; fn: string } | undefined {
  for (const node of reportedAt(ctx, Codes.recursion)) {
    if (!ts.isCallExpression(node) || node.typeArguments || node.questionDotToken) continue
    const fn = spawnable(node.expression, ctx.file.sourceFile)
    if (fn !== undefined) return { call: node, fn }
  }
  return undefined
}

/** `walk`, or `this.walk.bind(this)` / `tree.walk.bind(tree)`: a function value that calls the same thing. */
function spawnable(callee: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text
  if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken) return undefined
  const receiver = callee.expression
  if (receiver.kind !== ts.SyntaxKind.ThisKeyword && !ts.isIdentifier(receiver)) return undefined
  return `${callee.getText(sourceFile)}.bind(${receiver.getText(sourceFile)})`
}
