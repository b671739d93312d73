// "Run in a new virtual thread (VT_spawn)": offered on a callback that VT1002 reports (a multistate
// function handed to code vtify does not compile). The callback is replaced by one that starts it
// as its own thread, passing on the arguments it declares: `(item) => VT_spawn(cb, item)`.

import ts from 'typescript'
import { Codes, nodeSpanning } from '../../compiler/index.js'
import { defineRefactor, type RefactorContext } from './refactor.js'
import { runtimeReference } from './runtime-import.js'

export const spawnCallback = defineRefactor<ts.Expression>({
  name: 'vtify: run in a virtual thread',
  description: 'Run in a new virtual thread (VT_spawn)',
  kind: 'refactor.rewrite.vtify.spawn',
  find: reportedCallbackAt,
  changes(ctx, callback) {
    const { sourceFile } = ctx.file
    const { expression: spawn, importChange } = runtimeReference(sourceFile, 'VT_spawn')
    const text = callback.getText(sourceFile)
    const checker = ctx.model.program.getTypeChecker()
    const names = parameterNames(checker, callback)
    const newText = names
      ? `(${names.join(', ')}) => ${spawn}(${[text, ...names].join(', ')})`
      : `(...args) => ${spawn}(${text}, ...args)`
    const change: ts.TextChange = { span: { start: callback.getStart(sourceFile), length: text.length }, newText }
    return importChange ? [change, importChange] : [change]
  },
})

function reportedCallbackAt(ctx: RefactorContext): ts.Expression | undefined {
  const { sourceFile } = ctx.file
  for (const d of ctx.file.entries.diagnostics) {
    if (d.code !== Codes.callbackToUntransformed) continue
    if (ctx.position < d.start || ctx.position > d.end) continue
    const node = nodeSpanning(sourceFile, d)
    if (node && ts.isExpression(node) && ts.isCallOrNewExpression(node.parent)) return node
  }
  return undefined
}

/**
 * The callback's own parameter names, to pass on exactly the arguments it takes (VT_spawn's
 * argument tuple must match the callback's); undefined when it has overloads, a rest parameter or
 * a destructured one — then every argument is passed on.
 */
function parameterNames(checker: ts.TypeChecker, callback: ts.Expression): string[] | undefined {
  const [signature, ...overloads] = checker.getTypeAtLocation(callback).getCallSignatures()
  if (!signature?.declaration || overloads.length > 0 || ts.hasRestParameter(signature.declaration)) return undefined
  const names = signature.parameters.map((p) => p.name)
  // A destructured parameter's symbol is named `__0`, `__1`, …
  return names.every((n) => !n.startsWith('__')) ? names : undefined
}
