// One module's output: every multistate function replaced by its stub and state machine where
// it stands (nested.ts); after the imports (so that a top-level VT_run(main) finds them ready)
// the imports of other modules' CPS entries, the continuation classes, MultistateInfo constants,
// registrations of function declarations and the CPS entries this module exports (imported.ts);
// then the whole module type-erased by TypeScript.

import path from 'node:path'
import ts from '#typescript'
import type { Diagnostic, FunctionInfo, FunctionLayout } from '../model.js'
import { functionsById } from '../model-index.js'
import { GENERATED_IMPORTS, RUNTIME_MODULE } from '../../runtime/surface.js'
import type { ModuleScope } from './context.js'
import { calleeExports, infoConstant, registration, threadClass } from './continuation.js'
import { Unsupported, toDiagnostic } from './diagnostic.js'
import { Codes } from '../diagnostics/codes.js'
import { nodeAt } from '../locate.js'
import { isModuleFunction, multistateNode, type MultistateNode } from './functions.js'
import { layoutOf, moduleTag } from './variables.js'
import { importEdits, isCpsEntry, valueExportName } from './imported.js'
import { lastImportEnd } from './evaluated-modules.js'
import { sourceAt, UNMAPPED } from './markers.js'
import { anonymousClassInserts, blockDeclarations, generated, outermost } from './nested.js'
import { describeLayouts } from './describe-layout.js'
import './dispatch.js'
import { assignSlots, renameFields, type Slots } from './slots.js'
import { chain, unmark, type SourceMap } from './source-map.js'

export interface ModuleOutput {
  /** JavaScript, or undefined when the module has diagnostics. */
  code: string | undefined
  /** The source map of `code`, to the original file (named by its base name: the map sits beside the output). */
  map: SourceMap | undefined
  diagnostics: Diagnostic[]
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
}

/**
 * TypeScript to JavaScript, relative imports' `.ts` rewritten to `.js`; `map` maps the output to
 * `text`. Undefined when it cannot strip this text: the default stripper does it then.
 */
export type TypeStripper = (text: string, fileName: string) => { code: string; map: string } | undefined

const RUNTIME_IMPORTS = Object.entries(GENERATED_IMPORTS)
  .map(([name, local]) => `${name} as ${local}`)
  .join(', ')
/** `from 'vtify/runtime'`, in either quotes (the specifier has no character special in a pattern). */
const FROM_RUNTIME = new RegExp(`(from\\s*)(['"])${RUNTIME_MODULE}\\2`, 'g')

export function transformModule(
  sf: ts.SourceFile,
  checker: ts.TypeChecker,
  file: string,
  functions: readonly FunctionInfo[],
  options: TransformOptions = {},
): ModuleOutput {
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
  const multistate = functions.filter((f) => f.file === file && f.multistate)
  if (multistate.length > 0) attempt(() => checkTagUnused(sf, tag))
  for (const info of multistate) {
    attempt(() => {
      const node = multistateNode(sf, info)
      scope.functions.set(node, { info, layout: layoutOf(node, names.of(node, info), tag, checker) })
    })
  }
  if (diagnostics.length > 0) return { code: undefined, map: undefined, diagnostics, layouts: [] }
  for (const { info, layout } of scope.functions.values()) {
    scope.byId.set(info.id, layout)
    for (const [symbol, field] of layout.locals) if (layout.cells.has(field)) scope.cells.add(symbol)
  }
  // Each outermost multistate function generates those nested in it.
  const edits: { start: number; end: number; code: string }[] = []
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
  if (diagnostics.length > 0) return { code: undefined, map: undefined, diagnostics, layouts: [] }
  const slots = assignSlots(scope.machines, tag)
  const layouts = describeLayouts(scope, slots)
  if (options.layoutsOnly) return { code: undefined, map: undefined, diagnostics, layouts }
  const marked = sourceAt(0) + (edits.length === 0 ? sf.text : rewrite(sf, scope, edits, tag, slots))
  // Edits of the whole text go here, before the markers become the map (they keep their places).
  const { text, map } = unmark(withRuntime(marked, options.runtime), { name: path.basename(sf.fileName), text: sf.text })
  const out = options.keepTypes ? { code: text, map } : eraseTypes(text, map, sf.fileName, options.stripTypes)
  return { ...out, diagnostics, layouts }
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
 * The generated names of a module's variables carry its tag (`f$<tag>$x`), and are renamed in
 * the whole output text (slots.ts): source text with `$<tag>$` in it would be renamed with them.
 */
function checkTagUnused(sf: ts.SourceFile, tag: string): void {
  const at = sf.text.indexOf(`$${tag}$`)
  if (at < 0) return
  throw new Unsupported(
    Codes.unsupportedConstruct,
    nodeAt(sf, at),
    `'$${tag}$' is the mark of this module's generated names (vtify's): rename what contains it`,
  )
}

function rewrite(sf: ts.SourceFile, scope: ModuleScope, edits: { start: number; end: number; code: string }[], tag: string, slots: Slots): string {
  const prologueAt = lastImportEnd(sf)
  const all = [...scope.machines.values()]
  const declarations = all.filter((m) => isModuleFunction(m.ctx.fn))
  const exported = declarations.filter((m) => isCpsEntry(m.ctx.fn))
  const values = all.flatMap((m) => {
    const name = valueExportName(m.ctx.fn)
    return name === undefined ? [] : [calleeExports(m, scope.machines, slots, name)]
  })
  const prologue = [
    `\nimport { ${RUNTIME_IMPORTS} } from '${RUNTIME_MODULE}';`,
    ...(scope.moduleVariables.size === 0 ? [] : [`let ${[...scope.moduleVariables].join(', ')};`]),
    ...all.map((m) => threadClass(m, scope.machines, slots)),
    ...all.map(infoConstant),
    ...declarations.map(registration),
    ...exported.map((m) => calleeExports(m, scope.machines, slots)),
    ...values,
  ].join('\n')
  let out = sf.text
  const allEdits = [...edits, ...importEdits(scope), { start: prologueAt, end: prologueAt, code: `${UNMAPPED}${prologue}\n` }]
  for (const edit of allEdits.sort((a, b) => b.start - a.start)) {
    // The source after an edit is copied again from where the edit ends.
    out = out.slice(0, edit.start) + sourceAt(edit.start) + edit.code + sourceAt(edit.end) + out.slice(edit.end)
  }
  return renameFields(out, tag, slots)
}

/** Point every import of vtify/runtime at `runtime` (tests run the runtime from source). */
function withRuntime(text: string, runtime: string | undefined): string {
  if (runtime === undefined || runtime === RUNTIME_MODULE) return text
  return text.replace(FROM_RUNTIME, (_m, from: string) => `${from}${JSON.stringify(runtime)}`)
}

/** JavaScript from the rewritten text, and its map chained to the original through `map` (the rewritten text's). */
function eraseTypes(text: string, map: SourceMap, fileName: string, strip: TypeStripper | undefined): { code: string; map: SourceMap } {
  const out = strip?.(text, fileName) ?? transpile(text, fileName)
  return { code: out.code, map: chain(out.map, map) }
}

/** The default stripper: TypeScript's own, one program per module. */
function transpile(text: string, fileName: string): { code: string; map: string } {
  const out = ts.transpileModule(text, {
    fileName,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      rewriteRelativeImportExtensions: true,
      sourceMap: true,
    },
  })
  // The caller decides where the map goes (a file beside the output, a bundler): no URL comment.
  return { code: out.outputText.replace(/\/\/# sourceMappingURL=\S*\s*$/, ''), map: out.sourceMapText! }
}
