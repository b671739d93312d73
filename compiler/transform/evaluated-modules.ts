// The modules evaluated before a module's body runs, and a specifier to import each by. A module
// may import another module's CPS helpers (imported.ts) only from one of these: appended after its
// own imports, such an import evaluates nothing new and changes no order — by the time a module's
// last import is done, every module its imports reach has been evaluated, or is being evaluated
// above it in a cycle. Only imports that survive in the JavaScript count: TypeScript (and Vite)
// drop an import whose bindings are used only as types, so one counts only if a binding is read
// as a value, or it imports for effect alone. Re-exports (`export … from`) are not followed.

import path from 'node:path'
import ts from '#typescript'

/** A module evaluated before another: the specifier the other can import it by, and where that import goes. */
export interface EvaluatedModule {
  module: ts.SourceFile
  specifier: string
  /**
   * Right after the other's own import of it, if it has one (which may be dropped once vtify has
   * rewritten the calls that read its bindings: this one then keeps its place in the order);
   * else after the other's last import.
   */
  at: number
}

/** `file` if `sf`'s evaluation evaluates it first, with the specifier `sf` can import it by. */
export function evaluatedModule(sf: ts.SourceFile, checker: ts.TypeChecker, file: string): EvaluatedModule | undefined {
  return cachedFor(reachedCache, checker, sf, () => new EvaluatedFirst(sf, checker)).find(file)
}

/** Per program (its checker) and file: each module's imports are read once, whichever modules reach it. */
const reachedCache = new WeakMap<ts.TypeChecker, Map<string, EvaluatedFirst>>()
const survivingCache = new WeakMap<ts.TypeChecker, Map<string, readonly SurvivingImport[]>>()

function cachedFor<T>(cache: WeakMap<ts.TypeChecker, Map<string, T>>, checker: ts.TypeChecker, sf: ts.SourceFile, compute: () => T): T {
  let byFile = cache.get(checker)
  if (!byFile) cache.set(checker, (byFile = new Map()))
  let value = byFile.get(sf.fileName)
  if (value === undefined) byFile.set(sf.fileName, (value = compute()))
  return value
}

/** Where the walk first met a module: the import that leads to it, written in `importer`. */
interface FirstMet {
  module: ts.SourceFile
  importer: ts.SourceFile
  declaration: ts.ImportDeclaration
}

/**
 * Breadth first from `root`, only as far as a question needs: its own imports keep the specifier
 * written; a module further away gets a relative one from its importer's (none if that one is not
 * relative: a package or a path alias may resolve differently from here; its own imports are still
 * followed). A module's answer is fixed where the walk first meets it, so walking on later changes
 * no earlier answer. Walked whole for every module that asks, as it was, a chain of 800 modules
 * calling through values spent 2.4 s here: 800 walks of up to 800 modules, each with path arithmetic.
 */
class EvaluatedFirst {
  private readonly met = new Map<string, FirstMet>()
  private readonly queue: ts.SourceFile[]
  private next = 0

  constructor(
    private readonly root: ts.SourceFile,
    private readonly checker: ts.TypeChecker,
  ) {
    this.queue = [root]
  }

  find(file: string): EvaluatedModule | undefined {
    while (!this.met.has(file) && this.next < this.queue.length) this.walkImportsOf(this.queue[this.next++]!)
    const met = this.met.get(file)
    if (met === undefined) return undefined
    const { module, importer, declaration } = met
    const specifier = (declaration.moduleSpecifier as ts.StringLiteral).text
    if (importer === this.root) return { module, specifier, at: declaration.getEnd() }
    const relative = relativeSpecifier(this.root, importer, specifier)
    return relative === undefined ? undefined : { module, specifier: relative, at: lastImportEnd(this.root) }
  }

  private walkImportsOf(importer: ts.SourceFile): void {
    for (const { module, declaration } of cachedFor(survivingCache, this.checker, importer, () => survivingImports(importer, this.checker))) {
      if (module.fileName === this.root.fileName || this.met.has(module.fileName)) continue
      this.met.set(module.fileName, { module, importer, declaration })
      this.queue.push(module)
    }
  }
}

/** Where a module's last import declaration ends (its prologue goes there too). */
export function lastImportEnd(sf: ts.SourceFile): number {
  return sf.statements.filter(ts.isImportDeclaration).at(-1)?.getEnd() ?? 0
}

/** `specifier`, written in `importer`, as seen from `root`'s folder, if it is relative. */
function relativeSpecifier(root: ts.SourceFile, importer: ts.SourceFile, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined
  const target = path.posix.join(path.posix.dirname(importer.fileName), specifier)
  const relative = path.posix.relative(path.posix.dirname(root.fileName), target)
  return relative.startsWith('../') ? relative : `./${relative}`
}

interface SurvivingImport {
  module: ts.SourceFile
  declaration: ts.ImportDeclaration
}

/** The import declarations of `sf` that stay in its JavaScript, of modules of the program (not declaration files). */
function survivingImports(sf: ts.SourceFile, checker: ts.TypeChecker): SurvivingImport[] {
  const imports = sf.statements.filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier))
  const used = valueReadBindings(sf, checker, imports)
  return imports.flatMap((decl) => {
    const module = checker.getSymbolAtLocation(decl.moduleSpecifier)?.valueDeclaration
    if (!module || !ts.isSourceFile(module) || module.isDeclarationFile) return []
    const bindings = valueBindings(decl)
    const survives = decl.importClause === undefined || bindings.some((b) => used.has(b.text))
    return survives ? [{ module, declaration: decl }] : []
  })
}

/** The names an import declaration binds that can be values (none for `import type`). */
function valueBindings(decl: ts.ImportDeclaration): ts.Identifier[] {
  const clause = decl.importClause
  if (!clause || clause.isTypeOnly) return []
  const named = clause.namedBindings
  const names = named === undefined ? [] : ts.isNamespaceImport(named) ? [named.name] : named.elements.filter((e) => !e.isTypeOnly).map((e) => e.name)
  return clause.name ? [clause.name, ...names] : names
}

/** The names of `imports`' bindings that `sf` reads as a value somewhere outside type positions. */
function valueReadBindings(sf: ts.SourceFile, checker: ts.TypeChecker, imports: readonly ts.ImportDeclaration[]): Set<string> {
  const symbols = new Map<string, ts.Symbol>()
  for (const name of imports.flatMap(valueBindings)) {
    const symbol = checker.getSymbolAtLocation(name)
    // A binding for a type only (or one not resolved) cannot be read as a value.
    if (symbol && checker.getAliasedSymbol(symbol).flags & ts.SymbolFlags.Value) symbols.set(name.text, symbol)
  }
  const used = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = symbols.get(node.text)
      if (symbol && !used.has(node.text) && checker.getSymbolAtLocation(node) === symbol) used.add(node.text)
      return
    }
    if (ts.isHeritageClause(node)) {
      // `extends Base` reads Base; `implements I` names a type.
      if (node.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(node.parent)) node.types.forEach((t) => visit(t.expression))
      return
    }
    if (isTypeOnlySyntax(node)) return
    ts.forEachChild(node, visit)
  }
  if (symbols.size > 0) sf.statements.forEach(visit)
  return used
}

function isTypeOnlySyntax(node: ts.Node): boolean {
  return (
    ts.isTypeNode(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isImportEqualsDeclaration(node)
  )
}
