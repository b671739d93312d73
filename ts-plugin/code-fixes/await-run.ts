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
  find: (ctx) =>
    reportedAt(ctx, Codes.insideAsyncOrGenerator).find((node) => ts.isCallExpression(node) && inAsyncFunction(node)) as ts.CallExpression | undefined,
  changes(ctx: RefactorContext, call) {
    const { sourceFile } = ctx.file
    const { expression: run, importChange } = runtimeReference(sourceFile, 'VT_run')
    const awaited = `await ${run}(() => ${call.getText(sourceFile)})`
    const newText = standsAlone(call) ? awaited : `(${awaited})`
    const change: ts.TextChange = { span: { start: call.getStart(sourceFile), length: call.getWidth(sourceFile) }, newText }
    return importChange ? [change, importChange] : [change]
  },
})

/** The function the call is directly in is async (where `await` is allowed). */
function inAsyncFunction(call: ts.Node): boolean {
  let fn: ts.Node = call.parent
  while (!ts.isFunctionLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent
  return ts.isFunctionLike(fn) && (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) !== 0
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
