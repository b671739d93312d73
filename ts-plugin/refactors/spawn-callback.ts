// "Run in a new virtual thread (VT_spawn)": offered on a callback that VT1002 reports (a multistate
// function handed to code vtify does not compile) when that code calls it later and ignores what it
// returns — a timer, an event source (callback-host.ts) — so that starting the work as a thread of
// its own keeps what the program does. The callback is replaced by one that starts it as its own
// thread, passing on the arguments it declares: `(err) => VT_spawn(cb, err)`. Also the quick fix of
// such a VT1002 (code-fixes/). Not offered for array methods: a thread per element would run them
// concurrently, where forEach runs them in order; nor for a callback that reads its own `this` (the
// emitter, the element) or `arguments`, which the thread would not be given; nor where the wrapper
// would not run the function the host was given (keepsNamedCallback).

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
    const checker = ctx.model.program.getTypeChecker()
    const reference = runtimeReference({ at: callback, checker }, 'VT_spawn')
    if (!reference) return undefined
    const { expression: spawn, importChange } = reference
    const text = callback.getText(sourceFile)
    const names = parameterNames(checker, callback)
    const newText = names ? `(${names.join(', ')}) => ${spawn}(${[text, ...names].join(', ')})` : `(...${REST}) => ${spawn}(${text}, ...${REST})`
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
      !readsOwnReceiver(calledFunction(checker, node)) &&
      (ts.isFunctionExpression(node) || ts.isArrowFunction(node) || keepsNamedCallback(checker, ctx.file.sourceFile, node)),
  )
}

/** The wrapper's rest parameter when it passes on every argument. */
const REST = 'args'

/**
 * Whether the wrapper, which names the callback again each time it runs, still runs the function
 * the host was given: the callback is a name (`flush`, `this.onData`) — not a call such as
 * `handler(ch)`, which would run again at each event, reading its names then — the wrapper's
 * parameters do not shadow, and no other call is given it (`off('data', onData)` and
 * `removeEventListener` would look for the function the wrapper replaced).
 */
function keepsNamedCallback(checker: ts.TypeChecker, sourceFile: ts.SourceFile, callback: ts.Expression): boolean {
  let root: ts.Expression = callback
  while (ts.isPropertyAccessExpression(root) && !root.questionDotToken) root = root.expression
  if (!ts.isIdentifier(root) && root.kind !== ts.SyntaxKind.ThisKeyword) return false
  if (ts.isIdentifier(root) && (parameterNames(checker, callback) ?? [REST]).includes(root.text)) return false
  const symbol = symbolOfName(checker, callback)
  return symbol !== undefined && !passedElsewhere(checker, sourceFile, callback, symbol)
}

function symbolOfName(checker: ts.TypeChecker, name: ts.Expression): ts.Symbol | undefined {
  return checker.getSymbolAtLocation(ts.isPropertyAccessExpression(name) ? name.name : name)
}

/** Whether `symbol`, named as `callback` is, is an argument of another call or `new` in the file. */
function passedElsewhere(checker: ts.TypeChecker, sourceFile: ts.SourceFile, callback: ts.Expression, symbol: ts.Symbol): boolean {
  const visit = (node: ts.Node): boolean => {
    const isArgument = node !== callback && ts.isCallOrNewExpression(node.parent) && node.parent.arguments?.includes(node as ts.Expression) === true
    if (isArgument && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) && symbolOfName(checker, node) === symbol) return true
    return ts.forEachChild(node, visit) === true
  }
  return ts.forEachChild(sourceFile, visit) === true
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
