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
import type { Layout } from './variables.js'
import { factory, stubParams } from './continuation.js'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'
import { checkImplicitMultistateCall, homeFunction, isArgumentsReference, isModuleFunction, readsOwn, sourceParams, type MultistateNode } from './functions.js'
import { generateMachine } from './machine.js'
import { asValue } from './called.js'
import { nameIt } from './captures.js'
import { isWithin } from './cells.js'
import { anonymousDefinition, isNamedByComputedKey, namingOf, staticKey } from './named-evaluation.js'
import { sourceAt, sourceOf } from './holes.js'
import { isReassigned } from '../reassigned.js'
import { HOME, checkSuper, isSuperAccess, superCall, superGet, superKey, usesSuper, type SuperAccess } from './super.js'

/**
 * The text of `node` with every multistate function in it replaced by its generated code. With
 * `superThis` (a closure inside a multistate class method, called with the method's `this`), its
 * `super` accesses are rewritten too, as in the method's state machine (super.ts); with
 * `argumentsAs`, so are its reads of the enclosing function's `arguments` (captures.ts).
 */
export function printNested(scope: ModuleScope, node: ts.Node, superThis?: string, ownName = true, argumentsAs?: string): string {
  const text = scope.sf.text
  let out = ''
  const start = node.getStart(scope.sf)
  let pos = start
  // The source map copies the text again after a replaced node (holes.ts).
  const replace = (n: ts.Node, code: string): void => {
    out += text.slice(pos, n.getStart(scope.sf)) + sourceOf(n, scope.sf) + code + sourceAt(n.getEnd())
    pos = n.getEnd()
  }
  const insert = ({ at, code }: Insert): void => {
    out += text.slice(pos, at) + code + sourceAt(at)
    pos = at
  }
  const stubs = new Map<ts.Node, string>()
  const visit = (n: ts.Node, self: string | undefined, args: string | undefined): void => {
    const stub = stubs.get(n)
    if (stub !== undefined) return replace(n, stub)
    checkImplicitMultistateCall(n, scope.checker, scope.functions)
    if (scope.functions.has(n as MultistateNode)) return replace(n, generated(scope, n as MultistateNode, n === node, args !== undefined))
    if (ts.isBlock(n) && n !== node) {
      const declared = blockDeclarations(scope, n)
      if (declared.length > 0) {
        const at = n.getStart(scope.sf) + 1
        out += text.slice(pos, at) + declared.map((d) => d.registration).join(' ') + sourceAt(at)
        pos = at
        for (const d of declared) stubs.set(d.fn, d.stub)
      }
    }
    if (n === (node as ts.FunctionDeclaration).name && !ownName) return replace(n, '')
    const cell = cellReference(scope, n)
    if (cell !== undefined) return replace(n, cell)
    const lost = n === node ? undefined : lostName(scope, n)
    if (lost !== undefined) return replace(n, nameIt(lost, printNested(scope, n, self, true, args)))
    if (args !== undefined && isArgumentsReference(n)) return replace(n, args)
    if (self !== undefined && ts.isCallExpression(n) && isSuperAccess(n.expression)) {
      const printed = n.arguments.map((a) => printNested(scope, a, self, true, args))
      return replace(n, superCall(superKeyOf(scope, n.expression, self), self, printed))
    }
    if (self !== undefined && isSuperAccess(n)) return replace(n, superGet(superKeyOf(scope, n, self), self))
    // Other functions and classes have a `super` and `arguments` of their own.
    const own = (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) || ts.isClassLike(n)
    const inserts = ts.isClassLike(n) ? anonymousClassInserts(scope, n) : []
    ts.forEachChild(n, (c) => {
      while (inserts.length > 0 && inserts[0]!.at <= c.getStart(scope.sf)) insert(inserts.shift()!)
      visit(c, own ? undefined : self, own ? undefined : args)
    })
  }
  visit(node, superThis, argumentsAs)
  return sourceAt(start) + out + text.slice(pos, node.getEnd())
}

/**
 * A local of a multistate function kept in a cell (cells.ts), referred to from a closure: the
 * closure's binding of that name holds the cell. `{ x }` reads it too.
 */
function cellReference(scope: ModuleScope, n: ts.Node): string | undefined {
  if (ts.isShorthandPropertyAssignment(n)) {
    const symbol = scope.checker.getShorthandAssignmentValueSymbol(n)
    if (!symbol || !scope.cells.has(symbol)) return undefined
    const init = n.objectAssignmentInitializer ? ` = ${printNested(scope, n.objectAssignmentInitializer)}` : ''
    const key = n.name.text === '__proto__' ? '["__proto__"]' : n.name.text
    return `${key}: ${n.name.text}.v${init}`
  }
  if (!ts.isIdentifier(n) || isDeclarationName(n)) return undefined
  const symbol = scope.checker.getSymbolAtLocation(n)
  const own = symbol?.valueDeclaration !== undefined && isWithin(n, symbol.valueDeclaration)
  return symbol && scope.cells.has(symbol) && !own ? asValue(n, `${n.text}.v`) : undefined
}

/** An anonymous function or class assigned to a local kept in a cell: `x.v = …` gives it no name. */
function lostName(scope: ModuleScope, n: ts.Node): string | undefined {
  const naming = anonymousDefinition(n) === n ? namingOf(n) : undefined
  if (!naming || !ts.isIdentifier(naming.target) || isDeclarationName(naming.target)) return undefined
  const symbol = scope.checker.getSymbolAtLocation(naming.target)
  return symbol && scope.cells.has(symbol) ? naming.name : undefined
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent
  return (
    (ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p)) && p.name === id
  )
}

function superKeyOf(scope: ModuleScope, node: SuperAccess, self: string): string {
  checkSuper(scope, node)
  return superKey(node, (e) => printNested(scope, e, self))
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

/**
 * The multistate function declarations directly in `block` of a function that is not multistate:
 * each keeps its place as a stub (JavaScript hoists it), and is registered with its state machine
 * when the block is entered, so that it can be called or started before its line.
 */
export function blockDeclarations(scope: ModuleScope, block: ts.Block): { fn: ts.FunctionDeclaration; stub: string; registration: string }[] {
  return block.statements
    .filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && scope.functions.has(s))
    .map((fn) => {
      const { info, layout } = scope.functions.get(fn)!
      const machine = generateMachine(scope, fn, layout, info)
      const name = fn.name!.text
      const registration = `{ const vt$sm = vt$multistate(${machine.code}, ${layout.name}$info); vt$threadEntry(${name}, vt$sm, ${factory(layout, 'vt$sm', 'self')}); }`
      return { fn, stub: `function ${name}(${stubParams(sourceParams(fn))}) { return vt$unreachable(${name}); }`, registration }
    })
}

/** Why a multistate function declaration outside a block of statements cannot be compiled, and what to do. */
function unplacedDeclaration(fn: ts.FunctionDeclaration, name: string): string {
  if (ts.isModuleBlock(fn.parent)) {
    return `multistate function ${name} is declared in a namespace, which is not supported yet: declare it at the module's top level (and export it from the module if other modules call it)`
  }
  return `multistate function ${name} is declared in a switch case of a function that is not multistate, which is not supported yet: declare it before the switch`
}

/**
 * What replaces the multistate function `fn` in the module's text. A function declaration inside
 * a multistate function is `hoisted`: its value is made where its block is entered (bindings.ts).
 * `argumentsBound`: the code around it has its creator's `arguments` bound as vt$arguments
 * (captures.ts), which a multistate arrow reads as its own; else such an arrow binds it itself.
 */
export function generated(scope: ModuleScope, fn: MultistateNode, hoisted = false, argumentsBound = false): string {
  const { info, layout } = scope.functions.get(fn)!
  if (ts.isFunctionDeclaration(fn) && !ts.isSourceFile(fn.parent) && !hoisted)
    throw new Unsupported(Codes.unsupportedFunction, fn, unplacedDeclaration(fn, info.name))
  const machine = generateMachine(scope, fn, layout, info)
  const name = layout.name
  const params = stubParams(sourceParams(fn))
  if (isModuleFunction(fn)) {
    const modifiers = scope.sf.text.slice(fn.getStart(scope.sf), fn.name!.getStart(scope.sf)).replace(/\bfunction\s*$/, '')
    return `${modifiers}function ${name}(${params}) { return vt$unreachable(${name}); }\n${machine.code}`
  }
  if (ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent)) return classMethod(scope, fn, params, machine.code)
  const bindsArguments = ts.isArrowFunction(fn) && !argumentsBound && readsOwn(fn, 'arguments')
  if (bindsArguments) checkArgumentsExist(fn, info.name)
  const reassigned = ts.isFunctionDeclaration(fn) && isReassigned(fn, scope.checker)
  const value = closureValue(fn, layout, params, machine.code, bindsArguments, reassigned)
  if (ts.isMethodDeclaration(fn)) return `${key(scope, fn.name)}: ${value}`
  return value
}

/** An arrow's `arguments` is that of the function it is in: one outside any function has none (a ReferenceError when read). */
function checkArgumentsExist(arrow: ts.ArrowFunction, name: string): void {
  if (homeFunction(arrow) === undefined) {
    throw new Unsupported(
      Codes.unsupportedConstruct,
      arrow,
      `multistate arrow ${name} reads 'arguments' but is not inside a function, so there are none to read: use a rest parameter`,
    )
  }
}

/**
 * A closure's stub, registered with its state machine. A named function expression's body may
 * refer to itself by its name: that name is then a const both the stub and the machine see. Not
 * for a declaration whose name the program assigns (`g = other` in g's own body, as Babel's
 * `_typeof` does): its body's `g` is that variable, which such a const would hide.
 * `bindsArguments`: an arrow's state machine reads its creator's `arguments`, seen by the arrow
 * that makes the closure.
 */
function closureValue(fn: MultistateNode, layout: Layout, params: string, sm: string, bindsArguments: boolean, reassigned: boolean): string {
  const own = ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn) ? fn.name?.text : undefined
  const stub = own !== undefined && !reassigned ? own : 'vt$stub'
  const value = own ? `function ${own}(${params}) { return vt$unreachable(${stub}); }` : unnamedStub(fn, params)
  // Parenthesised: the closure may be the operand of `new` (`new function () {…}`).
  const args = bindsArguments ? 'const vt$arguments = arguments; ' : ''
  // An arrow's `this` is its creator's: its factory reads it, and so does a caller in CPS (boundary.ts).
  const arrow = ts.isArrowFunction(fn)
  const entry = [stub, 'vt$sm', factory(layout, 'vt$sm', arrow ? 'this' : 'self'), ...(arrow && layout.thisField ? ['this'] : [])]
  return `((() => { ${args}const ${stub} = ${value}; const vt$sm = vt$multistate(${sm}, ${layout.name}$info); return vt$threadEntry(${entry.join(', ')}); })())`
}

/**
 * The stub of a closure without a name of its own: of the same kind (an arrow or a method is no
 * constructor and has no prototype), named as JavaScript would name the closure where it stands.
 */
function unnamedStub(fn: MultistateNode, params: string): string {
  const body = 'return vt$unreachable(vt$stub);'
  const name = ts.isMethodDeclaration(fn) ? staticKey(fn.name) : namingOf(fn)?.name
  if (ts.isMethodDeclaration(fn) && name !== undefined) return `({ ${JSON.stringify(name)}(${params}) { ${body} } })[${JSON.stringify(name)}]`
  const value = ts.isArrowFunction(fn) ? `(${params}) => { ${body} }` : `function (${params}) { ${body} }`
  // An element of an array literal is not named.
  return name === undefined ? `[${value}][0]` : nameIt(name, value)
}

function key(scope: ModuleScope, name: ts.PropertyName): string {
  if (ts.isComputedPropertyName(name)) return `[${printNested(scope, name.expression)}]`
  return name.getText(scope.sf)
}

/**
 * `m(…) { stub }` then `static { register C.prototype.m }`, written inside the class body. The
 * stub names the method for its error message through a module variable the static block sets
 * (the class may have no name); a computed name is evaluated once, into another, where the class
 * is defined, and the static block reads the method by it.
 */
function classMethod(scope: ModuleScope, fn: ts.MethodDeclaration, params: string, sm: string): string {
  const layout = scope.functions.get(fn)!.layout
  const holder = isStatic(fn) ? '' : '.prototype'
  const home = usesSuper(fn.body!) ? `const ${HOME} = this${holder}; ` : ''
  if (ts.isPrivateIdentifier(fn.name)) return privateMethod(scope, fn, fn.name, params, `${home}const vt$sm = vt$multistate(${sm}, ${layout.name}$info);`)
  const stub = moduleVariable(scope, `${layout.name}$stub`)
  const start = scope.sf.text.slice(fn.getStart(scope.sf), fn.name.getStart(scope.sf))
  let name = fn.name.getText(scope.sf)
  let access = ts.isIdentifier(fn.name) ? `.${fn.name.text}` : `[${name}]`
  if (ts.isComputedPropertyName(fn.name)) {
    const key = moduleVariable(scope, `${layout.name}$key`)
    // ToPropertyKey, once: a symbol stays one, anything else becomes its string.
    name = `[${key} = ((v) => typeof v === 'symbol' ? v : String(v))(${printNested(scope, fn.name.expression)})]`
    access = `[${key}]`
  }
  return (
    `${start}${name}(${params}) { return vt$unreachable(${stub}); }\n` +
    `static { ${home}${stub} = this${holder}${access}; const vt$sm = vt$multistate(${sm}, ${layout.name}$info); vt$threadEntry(${stub}, vt$sm, ${factory(layout, 'vt$sm', 'self')}); }`
  )
}

/** A `let` at module level, declared once (module.ts): `vt$<name>`. */
function moduleVariable(scope: ModuleScope, name: string): string {
  const variable = `vt$${name}`
  scope.moduleVariables.add(variable)
  return variable
}

/**
 * A private method `#m(…) {…}`: its function is reachable only through an instance (or the class,
 * if static), so a static block cannot register it. It becomes a private getter returning the
 * registered stub, which a private static field of the class creates once: `this.#m(…)` then
 * reads the stub and calls it with `this`, and `#m in o` still checks the brand.
 */
function privateMethod(scope: ModuleScope, fn: ts.MethodDeclaration, name: ts.PrivateIdentifier, params: string, machine: string): string {
  const layout = scope.functions.get(fn)!.layout
  const className = (fn.parent as ts.ClassLikeDeclaration).name?.text ?? ANONYMOUS_CLASS
  const modifiers = scope.sf.text.slice(fn.getStart(scope.sf), name.getStart(scope.sf))
  const field = `${className}.#vt$${name.text.slice(1)}`
  // A method named as JavaScript names it (`#m`): not a constructor, no prototype.
  const key = JSON.stringify(name.text)
  const stub = `({ ${key}(${params}) { return vt$unreachable(${field}); } })[${key}]`
  return (
    `${modifiers}get ${name.text}() { return ${field}; }\n` +
    `static #vt$${name.text.slice(1)} = (() => { ${machine} return vt$threadEntry(${stub}, vt$sm, ${factory(layout, 'vt$sm', 'self')}); })();`
  )
}

/** The binding an anonymous class gets when its #private multistate methods need to reach it (privateMethod). */
const ANONYMOUS_CLASS = 'vt$class'

export interface Insert {
  at: number
  code: string
}

/**
 * An anonymous class with a multistate #private method: its name binding `vt$class` after the
 * `class` keyword and, first in its body, a static block that gives the class back the name
 * JavaScript gives it where it stands (unless a static member named `name` replaces it anyway).
 */
export function anonymousClassInserts(scope: ModuleScope, cls: ts.ClassLikeDeclaration): Insert[] {
  const privateMultistate = cls.members.find((m) => ts.isMethodDeclaration(m) && ts.isPrivateIdentifier(m.name) && scope.functions.has(m))
  if (cls.name || !privateMultistate) return []
  const keyword = cls.getChildren(scope.sf).find((c) => c.kind === ts.SyntaxKind.ClassKeyword)!
  const ownName = cls.members.some((m) => isStatic(m) && m.name !== undefined && staticKey(m.name) === 'name')
  const name = ts.isClassDeclaration(cls) ? 'default' : definedName(cls, privateMultistate)
  const block = ownName ? '' : `static { vt$nameClass(this, ${JSON.stringify(name)}); }`
  return [
    { at: keyword.getEnd(), code: ` ${ANONYMOUS_CLASS}` },
    { at: cls.members.pos, code: block },
  ]
}

/** The name NamedEvaluation gives the class: none outside a naming place; one computed at run time is not supported. */
function definedName(cls: ts.ClassExpression, method: ts.ClassElement): string {
  if (isNamedByComputedKey(cls)) {
    throw new Unsupported(
      Codes.unsupportedFunction,
      method,
      'a multistate #private method of an anonymous class named by a computed key is not supported yet: name the class',
    )
  }
  return namingOf(cls)?.name ?? ''
}

function isStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false)
}
