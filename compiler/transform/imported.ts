// Continuation-passing calls across modules, with code generated per module (docs/semantics.md, "Code per module"): a
// module exports, for each of its exported multistate function declarations `f` that another
// module calls (cross-module.ts), the state machine and three small functions, and a caller in
// another module imports them — it never sees f's body nor its fields:
//   f$sm            the state machine;
//   f$enter(k, …)   stores the arguments in f's parameter fields (and undefined in f$this);
//   f$fields(k)     initialises the fields of f and of everything f calls in CPS, for the
//                   constructor of a caller's continuation class (one stable shape);
//   f$depth()       the longest chain of CPS calls below f (sizes the caller's frames).
// A call goes `vt$i0$enter(k, a, b); return vt$call(k, R, vt$i0$sm)`: no allocation.
// A multistate method of a module-level class, or a closure (valueExportName), is exported the
// same way as `vt$C$m$enter(k, this, …)` (`vt$f<offset>$enter` for a closure), `$fields`, `$depth`
// and `$info`: a call through a value the analysis knows may be that function tests the value's
// registered info against it, as for one of the caller's own module, and calls the state machine
// the value registered. The caller imports these only from a module evaluated before it, each
// import where it changes no module's evaluation order (evaluated-modules.ts).

import ts from '#typescript'
import { functionNodeOf } from '../locate.js'
import type { CallBoundary, FunctionInfo } from '../model.js'
import type { FnContext, ModuleScope } from './context.js'
import { isModuleFunction } from './functions.js'
import { isReassigned } from '../reassigned.js'
import { evaluatedModule } from './evaluated-modules.js'
import { UNMAPPED } from './holes.js'

export interface ImportedCallee {
  /** The callee (FunctionInfo.id). */
  id: string
  /**
   * The local aliases of the callee module's exports: `${alias}$enter`, `$fields`, `$depth`,
   * and `$sm` for a function called by name, `$info` for a method or closure called as a value
   * (its state machine comes from the value, once its info says which function it is).
   */
  alias: string
  kind: 'function' | 'value'
  /** The base name of its exports in its module, and the module specifier the caller imports it from. */
  name: string
  specifier: string
  /** Where the caller's import of them goes (EvaluatedModule.at): in the same place in the order of its imports. */
  at: number
  /** An arrow: its `this` is its creator's, registered with it, not the call's. */
  arrow: boolean
}

/** The callee of `node`, a direct import of another module's exported multistate function declaration. */
export function importedTarget(ctx: FnContext, node: ts.CallExpression, boundary: CallBoundary): ImportedCallee | undefined {
  const [target, ...others] = boundary.targets
  if (!ts.isIdentifier(node.expression) || target === undefined || others.length > 0) return undefined
  const symbol = ctx.checker.getSymbolAtLocation(node.expression)
  const importDecl = symbol && valueImportOf(symbol)
  if (!symbol || !importDecl) return undefined
  const decl = ctx.checker.getAliasedSymbol(symbol).valueDeclaration
  if (!decl || !ts.isFunctionDeclaration(decl) || !decl.name || !decl.body || !ts.isSourceFile(decl.parent) || isReassigned(decl, ctx.checker)) return undefined
  if (!isExportedFunction(decl) || !isTarget(ctx.scope, decl, ctx.scope.program.get(target))) return undefined
  // Only an import straight from the declaring module (not through a re-export): that module exports f$sm.
  const moduleSymbol = ctx.checker.getSymbolAtLocation(importDecl.moduleSpecifier)
  if (moduleSymbol?.valueDeclaration !== decl.parent || !ts.isStringLiteral(importDecl.moduleSpecifier)) return undefined
  return register(ctx.scope, decl, {
    id: target,
    kind: 'function',
    name: decl.name.text,
    specifier: importDecl.moduleSpecifier.text,
    at: importDecl.getEnd(),
    arrow: false,
  })
}

/** The import declaration of a binding `{ f }`, `{ f as g }` or default `g`, unless it imports a type only. */
function valueImportOf(symbol: ts.Symbol): ts.ImportDeclaration | undefined {
  const binding = symbol.declarations?.[0]
  const clause = binding && ts.isImportSpecifier(binding) && !binding.isTypeOnly ? binding.parent.parent : binding
  if (!clause || !ts.isImportClause(clause) || clause.isTypeOnly) return undefined
  // A JSDoc `@import` names types only.
  return ts.isImportDeclaration(clause.parent) ? clause.parent : undefined
}

/**
 * A multistate method or closure of another module that a call through a value may reach (the
 * analysis knows it), of a module evaluated before this one (evaluated-modules.ts): this module
 * then imports its helpers.
 */
export function importedValue(ctx: FnContext, id: string): ImportedCallee | undefined {
  const target = ctx.scope.program.get(id)
  if (target === undefined || target.file === ctx.scope.file) return undefined
  const file = fileNameOf(ctx.scope, target)
  const evaluated = file === undefined ? undefined : evaluatedModule(ctx.sf, ctx.checker, file)
  const decl = evaluated && functionNodeOf(evaluated.module, target)
  if (!decl || !isValueEntry(decl)) return undefined
  const name = valueExportName(decl)
  return name === undefined
    ? undefined
    : register(ctx.scope, decl, { id, kind: 'value', name, specifier: evaluated.specifier, at: evaluated.at, arrow: ts.isArrowFunction(decl) })
}

function register(scope: ModuleScope, decl: CpsEntry, what: Omit<ImportedCallee, 'alias'>): ImportedCallee {
  let callee = scope.imports.get(decl)
  if (!callee) {
    callee = { ...what, alias: `vt$i${scope.imports.size}` }
    scope.imports.set(decl, callee)
  }
  return callee
}

/** A function whose module exports what other modules need to call it in CPS. */
export type CpsEntry = ts.FunctionDeclaration | ValueEntry

type ValueEntry = ts.MethodDeclaration | ts.FunctionExpression | ts.ArrowFunction

function isValueEntry(fn: ts.Node): fn is ValueEntry {
  return ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)
}

/** An exported function declaration, or a method or closure valueExportName names. */
export function isCpsEntry(fn: ts.Node): fn is CpsEntry {
  return (isModuleFunction(fn) && isExportedFunction(fn)) || valueExportName(fn) !== undefined
}

/** The base name of the exports of a method or closure other modules can call in CPS as a value, if it has them. */
export function valueExportName(fn: ts.Node): string | undefined {
  return methodExportName(fn) ?? closureExportName(fn)
}

/**
 * `vt$f<offset>` for a function expression, an arrow or any other method (static, of a nested
 * class or an object literal), named by where it starts (caller and callee are compiled from one
 * program).
 */
function closureExportName(fn: ts.Node): string | undefined {
  if (!isValueEntry(fn) || !fn.body || fn.asteriskToken) return undefined
  return `vt$f${fn.getStart()}`
}

/**
 * `vt$C$m`, the base name of the exports of method `m` of module-level class `C`, for the
 * methods other modules can call in CPS: named by an identifier, not static, the only member
 * of that name (an instance field of that name would hide it). Caller and callee modules both
 * decide by it.
 */
function methodExportName(fn: ts.Node): string | undefined {
  if (!ts.isMethodDeclaration(fn) || !fn.body || !ts.isIdentifier(fn.name) || fn.asteriskToken) return undefined
  const cls = fn.parent
  if (!ts.isClassDeclaration(cls) || !cls.name || !ts.isSourceFile(cls.parent)) return undefined
  if (fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return undefined
  const name = fn.name.text
  const namesakes = cls.members.filter(
    (m) => !(ts.isMethodDeclaration(m) && !m.body) && m.name !== undefined && ts.isIdentifier(m.name) && m.name.text === name,
  )
  return namesakes.length === 1 ? `vt$${cls.name.text}$${name}` : undefined
}

/** `export function f` or `export default function f`: the callee module exports f's helpers for it, named by f. */
function isExportedFunction(decl: ts.FunctionDeclaration): boolean {
  return decl.name !== undefined && (decl.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
}

/** The analysis agrees the call reaches this declaration (the function `target` names). */
function isTarget(scope: ModuleScope, decl: ts.FunctionDeclaration, target: FunctionInfo | undefined): boolean {
  const sf = decl.getSourceFile()
  return target !== undefined && isFileOf(scope, sf, target) && functionNodeOf(sf, target) === decl
}

/** `sf` is the file `target` is in. */
function isFileOf(scope: ModuleScope, sf: ts.SourceFile, target: FunctionInfo): boolean {
  return sf.fileName === fileNameOf(scope, target)
}

/** The file name of the file `target` is in (FunctionInfo.file is relative to the project root, as ModuleScope.file is). */
function fileNameOf(scope: ModuleScope, target: FunctionInfo): string | undefined {
  const own = scope.sf.fileName
  return own.endsWith(scope.file) ? own.slice(0, own.length - scope.file.length) + target.file : undefined
}

/** The imports of other modules' helpers, each where ImportedCallee.at says. */
export function importEdits(scope: ModuleScope): { start: number; end: number; code: string }[] {
  return [...scope.imports.values()].map((c) => {
    const names = [c.kind === 'function' ? 'sm' : 'info', 'enter', 'fields', 'depth'].map((n) => `${c.name}$${n} as ${c.alias}$${n}`)
    return {
      start: c.at,
      end: c.at,
      code: `${UNMAPPED}\nimport { ${names.join(', ')} } from ${JSON.stringify(scope.specifiers.get(c.specifier) ?? c.specifier)};\n`,
    }
  })
}
