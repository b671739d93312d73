// One module's output: every multistate function replaced by its stub and state machine, the
// continuation classes and registrations placed after the imports (so that a top-level
// VT_run(main) finds them ready), then the whole module type-erased by TypeScript.

import ts from 'typescript'
import { Codes } from '../diagnostics/codes.js'
import type { Diagnostic, FunctionInfo } from '../model.js'
import { RUNTIME_MODULE } from '../program/runtime-module.js'
import type { ModuleScope } from './context.js'
import { registration, stub, threadClass } from './continuation.js'
import { Unsupported, toDiagnostic } from './diagnostic.js'
import { layoutOf, type Layout } from './hoist.js'
import { generateMachine, type Machine } from './machine.js'

export interface ModuleOutput {
  /** JavaScript, or undefined when the module has diagnostics. */
  code: string | undefined
  diagnostics: Diagnostic[]
}

export interface TransformOptions {
  /** The module specifier generated code imports the runtime from (default `vtify/runtime`). */
  runtime?: string
}

const RUNTIME_NAMES = ['Continuation', 'WAIT', 'RETURN', 'take', 'call', 'multistate', 'threadEntry', 'kYield', 'kRead', 'kWrite', 'kAwait', 'kSleep', 'kAccept', 'kJoin', 'kCall']

export function transformModule(sf: ts.SourceFile, checker: ts.TypeChecker, file: string, functions: readonly FunctionInfo[], options: TransformOptions = {}): ModuleOutput {
  const multistate = functions.filter((f) => f.file === file && f.multistate)
  const scope: ModuleScope = { sf, checker, layouts: new Map() }
  const diagnostics: Diagnostic[] = []
  const found: { decl: ts.FunctionDeclaration; info: FunctionInfo }[] = []
  for (const info of multistate) {
    try {
      const decl = declarationOf(sf, info)
      scope.layouts.set(decl, layoutOf(decl, checker))
      found.push({ decl, info })
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e
      diagnostics.push(toDiagnostic(file, sf, e))
    }
  }
  const machines = new Map<Layout, Machine>()
  for (const { decl, info } of found) {
    try {
      const layout = scope.layouts.get(decl)!
      machines.set(layout, generateMachine(scope, decl, layout, info.boundaries))
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e
      diagnostics.push(toDiagnostic(file, sf, e))
    }
  }
  if (diagnostics.length > 0) return { code: undefined, diagnostics }
  const text = machines.size === 0 ? sf.text : rewrite(sf, file, found.map((f) => f.decl), machines)
  return { code: eraseTypes(withRuntime(text, options.runtime), sf.fileName), diagnostics }
}

/** The multistate function's declaration: a function declaration at module level, for now. */
function declarationOf(sf: ts.SourceFile, info: FunctionInfo): ts.FunctionDeclaration {
  const offset = Number(info.id.slice(info.id.lastIndexOf(':') + 1))
  const decl = sf.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.body !== undefined && s.getStart(sf) === offset)
  if (decl?.name) return decl
  const node = findNodeAt(sf, offset) ?? sf
  throw new Unsupported(Codes.unsupportedFunction, node, `multistate ${info.kind} ${info.name}: only function declarations at module level can be multistate yet (docs/transform.md)`)
}

function findNodeAt(sf: ts.SourceFile, offset: number): ts.Node | undefined {
  let found: ts.Node | undefined
  const visit = (node: ts.Node): void => {
    if (found || offset < node.pos || offset >= node.end) return
    if (node.getStart(sf) === offset && ts.isFunctionLike(node)) found = node
    else ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

function rewrite(sf: ts.SourceFile, file: string, decls: readonly ts.FunctionDeclaration[], machines: ReadonlyMap<Layout, Machine>): string {
  const text = sf.text
  const lastImport = sf.statements.filter(ts.isImportDeclaration).at(-1)
  const prologueAt = lastImport ? lastImport.getEnd() : 0
  const all = [...machines.values()]
  const prologue = [
    `\nimport { ${RUNTIME_NAMES.map((n) => `${n} as vt$${n}`).join(', ')}, VT_unreachable as vt$unreachable } from '${RUNTIME_MODULE}';`,
    ...all.map((m) => threadClass(m, machines)),
    ...all.map((m) => registration(m, file)),
  ].join('\n')
  const byDecl = new Map(all.map((m) => [m.ctx.fn, m]))
  const edits = decls
    .map((decl) => {
      const machine = byDecl.get(decl)!
      const modifiers = text.slice(decl.getStart(sf), decl.name!.getStart(sf)).replace(/\bfunction\s*$/, '')
      const names = decl.parameters.map((p) => (p.dotDotDotToken ? '...' : '') + p.name.getText(sf)).filter((n) => n !== 'this')
      return { start: decl.getStart(sf), end: decl.getEnd(), code: `${stub(modifiers, machine.ctx.layout, names)}\n${machine.code}` }
    })
    .concat({ start: prologueAt, end: prologueAt, code: `${prologue}\n` })
    .sort((a, b) => b.start - a.start)
  let out = text
  for (const edit of edits) out = out.slice(0, edit.start) + edit.code + out.slice(edit.end)
  return out
}

/** Point every import of vtify/runtime at `runtime` (tests run the runtime from source). */
function withRuntime(text: string, runtime: string | undefined): string {
  if (runtime === undefined || runtime === RUNTIME_MODULE) return text
  return text.replace(/(from\s*)(['"])vtify\/runtime\2/g, (_m, from: string) => `${from}${JSON.stringify(runtime)}`)
}

function eraseTypes(text: string, fileName: string): string {
  return ts.transpileModule(text, {
    fileName,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      rewriteRelativeImportExtensions: true,
    },
  }).outputText
}
