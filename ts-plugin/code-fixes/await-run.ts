// VT1003's quick fix in an async function (or async generator): the blocking call runs in a virtual
// thread, awaited as any promise — `VT_read(sock, buf)` becomes `await VT_run(() => VT_read(sock, buf))`
// (docs/errors.md#vt1003). The arrow keeps `this` and `arguments`; the function stays async, so
// its callers do not change.

import ts from 'typescript'
import { Codes } from '../../compiler/index.js'
import { defineRefactor, type RefactorContext } from '../refactors/refactor.js'
import { reportedAt } from '../refactors/reported.js'
import { runtimeReference } from '../refactors/runtime-import.js'

export const awaitRun = defineRefactor<ts.CallExpression>({
  name: 'vtify: await a thread',
  description: 'Run the call in a virtual thread and await it: await VT_run(() => …)',
  kind: 'quickfix',
  find: (ctx) => reportedAt(ctx, Codes.insideAsyncOrGenerator).find((node) => ts.isCallExpression(node) && inAsyncBody(node)) as ts.CallExpression | undefined,
  changes(ctx: RefactorContext, call) {
    const { sourceFile } = ctx.file
    const reference = runtimeReference({ at: call, checker: ctx.model.program.getTypeChecker() }, 'VT_run')
    if (!reference) return undefined
    const { expression: run, importChange } = reference
    const awaited = `await ${run}(() => ${call.getText(sourceFile)})`
    const newText = standsAlone(call) ? awaited : `(${awaited})`
    const change: ts.TextChange = { span: { start: call.getStart(sourceFile), length: call.getWidth(sourceFile) }, newText }
    return importChange ? [change, importChange] : [change]
  },
})

/**
 * The call is in the body of an async function, where `await` is allowed: not in its parameters'
 * initialisers, nor in a class field or static block between them (a SyntaxError there).
 */
function inAsyncBody(call: ts.Node): boolean {
  for (let node = call; !ts.isSourceFile(node.parent); node = node.parent) {
    const { parent } = node
    if (ts.isFunctionLike(parent)) return 'body' in parent && parent.body === node && (ts.getCombinedModifierFlags(parent) & ts.ModifierFlags.Async) !== 0
    if (ts.isPropertyDeclaration(parent) || ts.isClassStaticBlockDeclaration(parent)) return false
  }
  return false
}

/** Where `await …` needs no parentheses: a statement, an initialiser, a return, an argument. */
function standsAlone(call: ts.CallExpression): boolean {
  const { parent } = call
  return (
    ts.isExpressionStatement(parent) ||
    (ts.isVariableDeclaration(parent) && parent.initializer === call) ||
    ts.isReturnStatement(parent) ||
    (ts.isCallOrNewExpression(parent) && parent.arguments?.includes(call) === true)
  )
}
