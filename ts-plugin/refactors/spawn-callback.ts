// "Run in a new virtual thread (VT_spawn)": offered on a callback that VT1002 reports (a multistate
// function handed to code vtify does not compile) when that code calls it later and ignores what it
// returns — a timer, an event source (callback-host.ts) — so that starting the work as a thread of
// its own keeps what the program does. The callback is replaced by one that starts it as its own
// thread, passing on the arguments it declares: `(err) => VT_spawn(cb, err)`. Also the quick fix of
// such a VT1002 (code-fixes/). Not offered for array methods: a thread per element would run them
// concurrently, where forEach runs them in order; nor for a callback that reads its own `this` (the
// emitter, the element) or `arguments`, which the thread would not be given.

import ts from 'typescript'
import { Codes } from '../../compiler/index.js'
import { hostOf } from './callback-host.js'
import { readsOwnReceiver } from './own-receiver.js'
import { defineRefactor, type RefactorContext } from './refactor.js'
import { reportedAt } from './reported.js'
import { runtimeReference } from './runtime-import.js'

export const spawnCallback = defineRefactor<ts.Expression>({
  name: 'vtify: run in a virtual thread',
  description: "Start the callback's work in a new virtual thread (VT_spawn)",
  kind: 'refactor.rewrite.vtify.spawn',
  find: reportedCallbackAt,
  changes(ctx, callback) {
    const { sourceFile } = ctx.file
    const { expression: spawn, importChange } = runtimeReference(sourceFile, 'VT_spawn')
    const text = callback.getText(sourceFile)
    const checker = ctx.model.program.getTypeChecker()
    const names = parameterNames(checker, callback)
    const newText = names ? `(${names.join(', ')}) => ${spawn}(${[text, ...names].join(', ')})` : `(...args) => ${spawn}(${text}, ...args)`
    const change: ts.TextChange = { span: { start: callback.getStart(sourceFile), length: text.length }, newText }
    return importChange ? [change, importChange] : [change]
  },
})

function reportedCallbackAt(ctx: RefactorContext): ts.Expression | undefined {
  const checker = ctx.model.program.getTypeChecker()
  return reportedAt(ctx, Codes.callbackToUntransformed).find(
    (node): node is ts.Expression =>
      ts.isExpression(node) &&
      ts.isCallOrNewExpression(node.parent) &&
      hostOf(checker, node.parent) === 'deferred' &&
      !readsOwnReceiver(calledFunction(checker, node)),
  )
}

/** The function a callback is: written in place, or the declaration its value comes from (`onData`, `obj.handle`). */
function calledFunction(checker: ts.TypeChecker, callback: ts.Expression): ts.SignatureDeclaration | ts.JSDocSignature | undefined {
  if (ts.isFunctionExpression(callback) || ts.isArrowFunction(callback)) return callback
  return checker.getTypeAtLocation(callback).getCallSignatures()[0]?.declaration
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
