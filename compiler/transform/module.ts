// One module's output: every multistate function replaced by its stub and state machine where
// it stands (nested.ts); after the imports (so that a top-level VT_run(main) finds them ready)
// the imports of other modules' CPS entries, the continuation classes, MultistateInfo constants,
// registrations of function declarations and the CPS entries this module exports (imported.ts);
// then the whole module type-erased by TypeScript.

import path from 'node:path'
import ts from '#typescript'
import type { Diagnostic, FunctionInfo, FunctionLayout } from '../model.js'
import { functionsById, functionsOfFile } from '../model-index.js'
import { GENERATED_IMPORTS, PROTOCOL_VERSION, RUNTIME_MODULE } from '../../runtime/surface.js'
import type { ModuleScope } from './context.js'
import { calleeExports, infoConstant, registration, threadClasses } from './continuation.js'
import { followDiagnostics } from './follow-check.js'
import { checkNoDirectEval } from './direct-eval.js'
import { checkNotDecorated } from './decorated.js'
import { checkOwnBindings } from './own-bindings.js'
import { definesClassFields, emitNeeds, type EmitNeeds } from './emit-needs.js'
import { threadsMigrate } from './migrating.js'
import { calledFromOtherModules } from './cross-module.js'
import type { Machine } from './machine.js'
import { Unsupported, toDiagnostic } from './diagnostic.js'
import { Codes } from '../diagnostics/codes.js'
import { nodeAt } from '../locate.js'
import { checkImplicitMultistateCall, isModuleFunction, multistateNode, plainConstructions, type MultistateNode } from './functions.js'
import { layoutOf, moduleTag } from './variables.js'
import { importEdits, isCpsEntry, valueExportName } from './imported.js'
import { lastImportEnd } from './evaluated-modules.js'
import { HOLE, UNMAPPED } from './holes.js'
import { anonymousClassInserts, blockDeclarations, generated, outermost } from './nested.js'
import { describeLayouts } from './describe-layout.js'
import './dispatch.js'
import { assignSlots, variableAccess, type Slots } from './slots.js'
import { chain, type SourceMap } from './source-map.js'
import { print, type Piece } from './print.js'
import { NO_OUTPUT_SPECIFIERS, outputSpecifiers } from './output-specifiers.js'

export interface ModuleOutput {
  /** JavaScript, or undefined when the module has diagnostics. */
  code: string | undefined
  /** The source map of `code`, to the original file (named by its base name: the map sits beside the output). */
  map: SourceMap | undefined
  /** Errors: the module has no code. */
  diagnostics: Diagnostic[]
  /** Warnings (VT3002): the module is compiled all the same. */
  warnings: Diagnostic[]
  /** Its multistate functions' layouts, continuations not yet completed (describe-layout.ts). */
  layouts: FunctionLayout[]
}

export interface TransformOptions {
  /** The module specifier generated code imports the runtime from (default `vtify/runtime`). */
  runtime?: string
  /** Only the layouts are wanted (the editor): skip printing JavaScript. */
  layoutsOnly?: boolean
  /**
   * Emit TypeScript: the state machines in the module's own text, types left in, for a bundler
   * that strips them itself (Vite) — erasing them here is most of the transform's time.
   */
  keepTypes?: boolean
  /**
   * What erases the types when `keepTypes` is not set (default: `ts.transpileModule`, which runs
   * everywhere, the browser included). Node front ends pass a native stripper: ~50× faster.
   */
  stripTypes?: TypeStripper
  /**
   * A call of another module's multistate function by name first checks that the imported
   * binding is still that function, and calls whatever replaced it through a value otherwise:
   * a module system that lets a test replace an export (Vitest's vi.spyOn, a vi.mock that keeps
   * the module's other exports) would see its double bypassed by the direct call.
   */
  replaceableImports?: boolean
  /**
   * An import whose bare specifier leads to a module of the program (a workspace package's
   * source, a `paths` alias) names that module's output relative to the importer's, as `vtify
   * build` writes them (output-specifiers.ts); bundlers resolve specifiers themselves.
   */
  relativeImports?: boolean
}

/**
 * TypeScript to JavaScript, relative imports' `.ts` rewritten to `.js`; `map` maps the output to
 * `text`. Undefined when it cannot strip this text as TypeScript would emit it (`needs`): the
 * default stripper does it then.
 */
export type TypeStripper = (text: string, fileName: string, needs: EmitNeeds) => { code: string; map: string } | undefined

const RUNTIME_IMPORTS = Object.entries(GENERATED_IMPORTS)
  .map(([name, local]) => `${name} as ${local}`)
  .join(', ')

export function transformModule(
  sf: ts.SourceFile,
  checker: ts.TypeChecker,
  file: string,
  functions: readonly FunctionInfo[],
  options: TransformOptions = {},
  compilerOptions: ts.CompilerOptions = {},
): ModuleOutput {
  const specifiers = options.relativeImports ? outputSpecifiers(sf, checker) : NO_OUTPUT_SPECIFIERS
  const scope: ModuleScope = {
    sf,
    checker,
    file,
    functions: new Map(),
    program: functionsById(functions),
    machines: new Map(),
    imports: new Map(),
    cells: new Set(),
    byId: new Map(),
    moduleVariables: new Set(),
    jumpTargets: [],
    replaceableImports: options.replaceableImports ?? false,
    specifiers: specifiers.byText,
  }
  const diagnostics: Diagnostic[] = []
  const attempt = (work: () => void): void => {
    try {
      work()
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e
      diagnostics.push(toDiagnostic(file, sf, e))
    }
  }
  const names = new FunctionNames(sf)
  const tag = moduleTag(file)
  const multistate = functionsOfFile(functions, file).filter((f) => f.multistate)
  if (multistate.length > 0) attempt(() => checkGeneratedMarks(sf, tag))
  for (const info of multistate) {
    attempt(() => {
      const node = multistateNode(sf, info)
      checkNoDirectEval(node, info.name)
      checkOwnBindings(node, info.name)
      checkNotDecorated(node, info.name)
      scope.functions.set(node, { info, layout: layoutOf(node, names.of(node, info), tag, checker) })
    })
  }
  for (const node of multistate.length > 0 ? plainConstructions(sf, scope.functions) : [])
    attempt(() => checkImplicitMultistateCall(node, checker, scope.functions))
  if (diagnostics.length > 0) return { code: undefined, map: undefined, diagnostics, warnings: [], layouts: [] }
  for (const { info, layout } of scope.functions.values()) {
    scope.byId.set(info.id, layout)
    for (const [symbol, field] of layout.locals) if (layout.cells.has(field)) scope.cells.add(symbol)
  }
  // Each outermost multistate function generates those nested in it.
  const edits: Edit[] = []
  for (const block of blocksDeclaringOutermost(scope)) {
    attempt(() => {
      const declared = blockDeclarations(scope, block)
      const at = block.getStart(sf) + 1
      edits.push({ start: at, end: at, code: declared.map((d) => d.registration).join(' ') })
      for (const d of declared) edits.push({ start: d.fn.getStart(sf), end: d.fn.getEnd(), code: d.stub })
    })
  }
  const placed = new Set(edits.map((e) => e.start))
  for (const fn of outermost(scope, sf)) {
    if (!placed.has(fn.getStart(sf))) attempt(() => edits.push({ start: fn.getStart(sf), end: fn.getEnd(), code: generated(scope, fn) }))
  }
  // After the methods' edits: an insertion where a method starts goes before it.
  const classes = new Set(outermost(scope, sf).flatMap((fn) => (ts.isClassLike(fn.parent) ? [fn.parent] : [])))
  for (const cls of classes) attempt(() => edits.push(...anonymousClassInserts(scope, cls).map(({ at, code }) => ({ start: at, end: at, code }))))
  const follow = followDiagnostics(scope)
  diagnostics.push(...follow.filter((d) => d.severity === 'error'))
  const warnings = follow.filter((d) => d.severity === 'warning')
  if (diagnostics.length > 0) return { code: undefined, map: undefined, diagnostics, warnings, layouts: [] }
  const slots = assignSlots(scope.machines, tag)
  const layouts = describeLayouts(scope, slots)
  if (options.layoutsOnly) return { code: undefined, map: undefined, diagnostics, warnings, layouts }
  const runtime = options.runtime ?? RUNTIME_MODULE
  const prologue = edits.length === 0 ? [] : generatedEdits(sf, scope, slots, runtime, calledFromOtherModules(functions), threadsMigrate(functions))
  const all = [...runtimeImportEdits(sf, runtime), ...specifiers.edits, ...edits, ...prologue]
  const values = { jumpTargets: scope.jumpTargets, variable: variableAccess(slots) }
  const { text, map } = print(pieces(sf.text, all), values, { name: path.basename(sf.fileName), text: sf.text })
  const out = options.keepTypes ? { code: text, map } : eraseTypes(text, map, sf, compilerOptions, options.stripTypes)
  return { ...out, diagnostics, warnings, layouts }
}

/** The blocks (of functions that are not multistate) that directly declare an outermost multistate function. */
function blocksDeclaringOutermost(scope: ModuleScope): ts.Block[] {
  const blocks = outermost(scope, scope.sf)
    .filter((fn) => ts.isFunctionDeclaration(fn) && ts.isBlock(fn.parent))
    .map((fn) => fn.parent as ts.Block)
  return [...new Set(blocks)]
}

/** Module-unique identifiers for the multistate functions: a declaration keeps its name. */
class FunctionNames {
  private readonly taken = new Set<string>()

  /** A module-level declaration's name is its own, whichever function is named first. */
  constructor(sf: ts.SourceFile) {
    for (const s of sf.statements) if (ts.isFunctionDeclaration(s) && s.name) this.taken.add(s.name.text)
  }

  of(node: MultistateNode, info: FunctionInfo): string {
    if (isModuleFunction(node)) return node.name!.text
    const identifier = info.name
      .replace(/^<(\w+).*>$/, '$1')
      .replace(/[^\w$]/g, '$')
      .replace(/^(\d)/, '_$1')
    // `<function>` is a keyword.
    const base = ts.identifierToKeywordKind(ts.factory.createIdentifier(identifier)) === undefined ? identifier : `${identifier}$`
    let name = base
    for (let n = 2; this.taken.has(name); n++) name = `${base}$${n}`
    return this.take(name)
  }

  private take(name: string): string {
    this.taken.add(name)
    return name
  }
}

/**
 * Source text must not hold what marks generated code. The JS locals of the state machines are
 * named `f$<tag>$x`: a name of the source with `$<tag>$` in it could be one of them, and be
 * shadowed. Generated code has holes delimited by HOLE (holes.ts), and holds copied source.
 */
function checkGeneratedMarks(sf: ts.SourceFile, tag: string): void {
  const named = sf.text.indexOf(`$${tag}$`)
  if (named >= 0) {
    const message = `'$${tag}$' is the mark of this module's generated names (vtify's): rename what contains it`
    throw new Unsupported(Codes.unsupportedConstruct, nodeAt(sf, named), message)
  }
  const hole = sf.text.indexOf(HOLE)
  if (hole >= 0) {
    const message =
      "the file holds the control character U+0001 as is, which marks vtify's generated code: write it as the escape \\u0001 (a string keeps its value)"
    throw new Unsupported(Codes.unsupportedConstruct, nodeAt(sf, hole), message)
  }
}

interface Edit {
  start: number
  end: number
  code: string
}

/** `text` with each edit's span replaced by its code. Edits at one place go in reverse order of the list: a later one goes before. */
function pieces(text: string, edits: readonly Edit[]): Piece[] {
  const ordered = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.start - b.edit.start || b.i - a.i)
  const out: Piece[] = []
  let at = 0
  for (const { edit } of ordered) {
    if (edit.start < at) throw new Error('vtify internal error: two edits of a module overlap')
    out.push({ text: text.slice(at, edit.start), at, generated: false }, { text: edit.code, at: edit.start, generated: true })
    at = edit.end
  }
  out.push({ text: text.slice(at), at, generated: false })
  return out
}

/** Imports of vtify/runtime point at `runtime` (tests run the runtime from source). */
function runtimeImportEdits(sf: ts.SourceFile, runtime: string): Edit[] {
  if (runtime === RUNTIME_MODULE) return []
  return sf.statements.flatMap((s) => {
    const specifier = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier
    if (!specifier || !ts.isStringLiteral(specifier) || specifier.text !== RUNTIME_MODULE) return []
    return [{ start: specifier.getStart(sf), end: specifier.getEnd(), code: JSON.stringify(runtime) }]
  })
}

/**
 * After the imports, the module's generated declarations (see the head of this file); imports of
 * other modules' CPS entries. `called`: the functions a module other than this one calls in CPS,
 * the only ones whose helpers are exported (cross-module.ts); `migrating`: the program's threads
 * can move between event loops (migrating.ts).
 */
function generatedEdits(sf: ts.SourceFile, scope: ModuleScope, slots: Slots, runtime: string, called: ReadonlySet<string>, migrating: boolean): Edit[] {
  const prologueAt = lastImportEnd(sf)
  const all = [...scope.machines.values()]
  const declarations = all.filter((m) => isModuleFunction(m.ctx.fn))
  const calledElsewhere = (m: Machine): boolean => called.has(scope.functions.get(m.ctx.fn)?.info.id ?? '')
  const exported = declarations.filter((m) => isCpsEntry(m.ctx.fn) && calledElsewhere(m))
  const values = all.flatMap((m) => {
    const name = valueExportName(m.ctx.fn)
    return name === undefined || !calledElsewhere(m) ? [] : [calleeExports(m, scope.machines, slots, name)]
  })
  const prologue = [
    `\nimport { ${RUNTIME_IMPORTS} } from ${JSON.stringify(runtime)};`,
    // Code compiled by another vtify than the runtime's would link, and then run wrongly.
    `vt$protocol(${PROTOCOL_VERSION}, ${JSON.stringify(all[0]!.info.file)});`,
    ...(scope.moduleVariables.size === 0 ? [] : [`let ${[...scope.moduleVariables].join(', ')};`]),
    ...threadClasses(all, scope.machines, slots),
    ...all.map((m) => infoConstant(m, slots, migrating)),
    ...declarations.map(registration),
    ...exported.map((m) => calleeExports(m, scope.machines, slots)),
    ...values,
  ].join('\n')
  return [...importEdits(scope), { start: prologueAt, end: prologueAt, code: `${UNMAPPED}${prologue}\n` }]
}

/** JavaScript from the printed text, and its map chained to the original through `map` (the printed text's). */
function eraseTypes(
  text: string,
  map: SourceMap,
  sf: ts.SourceFile,
  options: ts.CompilerOptions,
  strip: TypeStripper | undefined,
): { code: string; map: SourceMap } {
  // emitNeeds is worked out only for a stripper that asks (an optional call evaluates no argument without one).
  const out = strip?.(text, sf.fileName, emitNeeds(sf, options)) ?? transpile(text, sf.fileName, options)
  return { code: out.code, map: chain(out.map, map) }
}

/**
 * The default stripper: TypeScript's own, one program per module, emitting decorators (legacy
 * ones with experimentalDecorators), class fields, JSX and unused imports (verbatimModuleSyntax)
 * as the project's tsconfig says.
 */
function transpile(text: string, fileName: string, options: ts.CompilerOptions): { code: string; map: string } {
  const out = ts.transpileModule(text, {
    fileName,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      rewriteRelativeImportExtensions: true,
      sourceMap: true,
      experimentalDecorators: options.experimentalDecorators,
      emitDecoratorMetadata: options.emitDecoratorMetadata,
      useDefineForClassFields: definesClassFields(options),
      verbatimModuleSyntax: options.verbatimModuleSyntax,
      jsx: options.jsx,
      jsxFactory: options.jsxFactory,
      jsxFragmentFactory: options.jsxFragmentFactory,
      jsxImportSource: options.jsxImportSource,
    },
  })
  // The caller decides where the map goes (a file beside the output, a bundler): no URL comment.
  const code = out.outputText
  const url = code.lastIndexOf('//# sourceMappingURL=')
  return { code: url < 0 ? code : code.slice(0, url), map: out.sourceMapText! }
}
