// Continuation-passing calls across modules, with code generated per module (docs/semantics.md, "Code per module"): a
// module exports, for each of its exported multistate function declarations `f`, the state
// machine and three small functions, and a caller in another module imports them — it never
// sees f's body nor its fields:
//   f$sm            the state machine;
//   f$enter(k, …)   stores the arguments in f's parameter fields (and undefined in f$this);
//   f$fields(k)     initialises the fields of f and of everything f calls in CPS, for the
//                   constructor of a caller's continuation class (one stable shape);
//   f$depth()       the longest chain of CPS calls below f (sizes the caller's frames).
// A call goes `vt$i0$enter(k, a, b); return vt$call(k, R, vt$i0$sm)`: no allocation.

import ts from '#typescript'
import { functionNodeOf } from '../locate.js'
import type { CallBoundary, FunctionInfo } from '../model.js'
import type { FnContext, ModuleScope } from './context.js'
import { isModuleFunction } from './functions.js'

export interface ImportedCallee {
  /** The callee (FunctionInfo.id). */
  id: string
  /** The local aliases of the callee module's exports: `${alias}$sm`, `$enter`, `$fields`, `$depth`. */
  alias: string
  /** Its name in its module, and the module specifier the caller imports it from. */
  name: string
  specifier: string
}

/** The callee of `node`, a direct import of another module's exported multistate function declaration. */
export function importedTarget(ctx: FnContext, node: ts.CallExpression, boundary: CallBoundary): ImportedCallee | undefined {
  const [target, ...others] = boundary.targets
  if (!ts.isIdentifier(node.expression) || target === undefined || others.length > 0) return undefined
  const symbol = ctx.checker.getSymbolAtLocation(node.expression)
  const specifier = symbol?.declarations?.[0]
  if (!symbol || !specifier || !ts.isImportSpecifier(specifier) || specifier.isTypeOnly || specifier.parent.parent.isTypeOnly) return undefined
  const decl = ctx.checker.getAliasedSymbol(symbol).valueDeclaration
  if (!decl || !ts.isFunctionDeclaration(decl) || !decl.name || !decl.body || !ts.isSourceFile(decl.parent)) return undefined
  if (!isNamedExport(decl) || !isTarget(decl, ctx.scope.program.get(target))) return undefined
  const importDecl = specifier.parent.parent.parent
  // Only an import straight from the declaring module (not through a re-export): that module exports f$sm.
  const moduleSymbol = ctx.checker.getSymbolAtLocation(importDecl.moduleSpecifier)
  if (moduleSymbol?.valueDeclaration !== decl.parent || !ts.isStringLiteral(importDecl.moduleSpecifier)) return undefined
  return register(ctx.scope, decl, importDecl.moduleSpecifier.text, target)
}

function register(scope: ModuleScope, decl: ts.FunctionDeclaration, specifier: string, id: string): ImportedCallee {
  let callee = scope.imports.get(decl)
  if (!callee) {
    callee = { id, alias: `vt$i${scope.imports.size}`, name: decl.name!.text, specifier }
    scope.imports.set(decl, callee)
  }
  return callee
}

/** A function other modules can call in CPS: an exported function declaration, whose helpers its module exports. */
export function isCpsEntry(fn: ts.Node): fn is ts.FunctionDeclaration {
  return isModuleFunction(fn) && isNamedExport(fn)
}

/** `export function f` (not a default export): the callee module exports f's helpers for it. */
export function isNamedExport(decl: ts.FunctionDeclaration): boolean {
  const modifiers = decl.modifiers ?? []
  return modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && !modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
}

/** The analysis agrees the call reaches this declaration (the function `target` names). */
function isTarget(decl: ts.FunctionDeclaration, target: FunctionInfo | undefined): boolean {
  const sf = decl.getSourceFile()
  return target !== undefined && sf.fileName.endsWith(`/${target.file}`) && functionNodeOf(sf, target) === decl
}

export function importLines(scope: ModuleScope): string[] {
  return [...scope.imports.values()].map((c) => {
    const names = ['sm', 'enter', 'fields', 'depth'].map((n) => `${c.name}$${n} as ${c.alias}$${n}`)
    return `import { ${names.join(', ')} } from ${JSON.stringify(c.specifier)};`
  })
}
