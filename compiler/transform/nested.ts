// Multistate functions in the text around them. A module-level function declaration keeps its
// name, bound to a stub (registered after the imports). Every other kind is generated where it
// stands, so that its state machine is a closure over exactly the bindings the source function
// saw (its creator's variables, its module's private bindings — nothing is copied elsewhere):
// - an arrow or function expression becomes an expression building its stub and state machine,
//   `((vt$sm) => vt$threadEntry(function f(…) { return vt$unreachable(f); }, vt$sm, factory))(vt$multistate(function f$sm(k) {…}, f$info))`;
// - an object literal method `m() {…}` becomes the property `m: <that expression>`;
// - a class method keeps its place as a stub, followed by a static block that registers it with
//   its state machine, written inside the class body so that it can read private #fields.

import ts from '#typescript'
import type { ModuleScope } from './context.js'
import { factory, stubParams } from './continuation.js'
import { sourceParams, type MultistateNode } from './functions.js'
import { generateMachine } from './machine.js'
import { sourceAt, sourceOf } from './markers.js'

/** The text of `node` with every multistate function in it replaced by its generated code. */
export function printNested(scope: ModuleScope, node: ts.Node): string {
  const text = scope.sf.text
  const start = node.getStart(scope.sf)
  let out = ''
  let pos = start
  for (const fn of outermost(scope, node)) {
    // The source map copies the text again after a generated function (markers.ts).
    out += text.slice(pos, fn.getStart(scope.sf)) + sourceOf(fn, scope.sf) + generated(scope, fn) + sourceAt(fn.getEnd())
    pos = fn.getEnd()
  }
  return sourceAt(start) + out + text.slice(pos, node.getEnd())
}

/** The multistate functions in `node` (itself included) that no other one in it contains, in source order. */
export function outermost(scope: ModuleScope, node: ts.Node): MultistateNode[] {
  const found: MultistateNode[] = []
  const visit = (n: ts.Node): void => {
    if (scope.functions.has(n as MultistateNode)) found.push(n as MultistateNode)
    else ts.forEachChild(n, visit)
  }
  visit(node)
  return found
}

/** What replaces the multistate function `fn` in the module's text. */
export function generated(scope: ModuleScope, fn: MultistateNode): string {
  const { info, layout } = scope.functions.get(fn)!
  const machine = generateMachine(scope, fn, layout, info)
  const name = layout.name
  const params = stubParams(sourceParams(fn))
  if (ts.isFunctionDeclaration(fn)) {
    const modifiers = scope.sf.text.slice(fn.getStart(scope.sf), fn.name!.getStart(scope.sf)).replace(/\bfunction\s*$/, '')
    return `${modifiers}function ${name}(${params}) { return vt$unreachable(${name}); }\n${machine.code}`
  }
  if (ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent)) return classMethod(scope, fn, params, machine.code)
  const self = ts.isArrowFunction(fn) ? 'this' : 'self'
  const value = closureValue(fn, name, params, machine.code, factory(layout, 'vt$sm', self))
  if (ts.isMethodDeclaration(fn)) return `${key(scope, fn.name)}: ${value}`
  return value
}

/**
 * A closure's stub, registered with its state machine. A named function expression's body may
 * refer to itself by its name: that name is then a const both the stub and the machine see.
 */
function closureValue(fn: MultistateNode, name: string, params: string, sm: string, create: string): string {
  const own = ts.isFunctionExpression(fn) ? fn.name?.text : undefined
  const stubName = own ?? name
  const stub = `function ${stubName}(${params}) { return vt$unreachable(${stubName}); }`
  if (own) return `(() => { const ${own} = ${stub}; const vt$sm = vt$multistate(${sm}, ${name}$info); return vt$threadEntry(${own}, vt$sm, ${create}); })()`
  return `((vt$sm) => vt$threadEntry(${stub}, vt$sm, ${create}))(vt$multistate(${sm}, ${name}$info))`
}

function key(scope: ModuleScope, name: ts.PropertyName): string {
  if (ts.isComputedPropertyName(name)) return `[${printNested(scope, name.expression)}]`
  return name.getText(scope.sf)
}

/** `m(…) { stub }` then `static { register C.prototype.m }` (multistate.ts: named classes, plain names only). */
function classMethod(scope: ModuleScope, fn: ts.MethodDeclaration, params: string, sm: string): string {
  const layout = scope.functions.get(fn)!.layout
  const isStatic = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false
  const access = ts.isIdentifier(fn.name) ? `.${fn.name.text}` : `[${fn.name.getText(scope.sf)}]`
  const holder = isStatic ? '' : '.prototype'
  const className = (fn.parent as ts.ClassLikeDeclaration).name!.text
  const head = scope.sf.text.slice(fn.getStart(scope.sf), fn.name.getEnd())
  return (
    `${head}(${params}) { return vt$unreachable(${className}${holder}${access}); }\n` +
    `static { const vt$sm = vt$multistate(${sm}, ${layout.name}$info); vt$threadEntry(this${holder}${access}, vt$sm, ${factory(layout, 'vt$sm', 'self')}); }`
  )
}
