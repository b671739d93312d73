// The analysis model for the file being linted. Every rule reads the compiler's model (never
// re-deriving multistate-ness); this module makes that cheap: one Analyzer per tsconfig (so per-file
// facts are reused across the Programs typescript-eslint hands us), one model per Program, and one
// per-file index per model.

import path from 'node:path'
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils'
import type ts from 'typescript'
import { Analyzer, type AnalysisModel, type Diagnostic, type FunctionInfo } from '../compiler/index.js'

export const NO_TYPE_INFORMATION =
  'vtify rules need type information: the whole-program analysis reads the TypeScript program. Enable typed ' +
  'linting for this file, e.g. `languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ' +
  'import.meta.dirname } }` with the typescript-eslint parser, and make sure a tsconfig.json includes the file.'

/** What the model says about one file. */
export interface FileIndex {
  /** Functions of the file by model id (`file:offset`). */
  functions: ReadonlyMap<string, FunctionInfo>
  diagnostics: readonly Diagnostic[]
  /** `line:column` (1-based) of every state boundary call in the file. */
  boundaries: ReadonlySet<string>
}

export interface FileAnalysis {
  services: ParserServicesWithTypeInformation
  index: FileIndex
  /** The model's entry for a function node of this file (function, arrow, method, accessor). */
  functionOf(node: TSESTree.Node): FunctionInfo | undefined
}

interface MutableIndex {
  functions: Map<string, FunctionInfo>
  diagnostics: Diagnostic[]
  boundaries: Set<string>
}

interface ModelCache {
  analyzer: Analyzer
  /** The source files the last model was computed from: a new Program over the same files reuses it. */
  sourceFiles: readonly ts.SourceFile[]
  model: AnalysisModel | undefined
}

const caches = new Map<string, ModelCache>()
const models = new WeakMap<ts.Program, AnalysisModel>()
const indexes = new WeakMap<AnalysisModel, ReadonlyMap<string, FileIndex>>()
const EMPTY_INDEX: FileIndex = { functions: new Map(), diagnostics: [], boundaries: new Set() }

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>

/** The analysis for the file `context` lints; throws NO_TYPE_INFORMATION without a ts.Program. */
export function analysisFor(context: AnyRuleContext): FileAnalysis {
  const services = context.sourceCode.parserServices
  if (!services?.program) throw new Error(NO_TYPE_INFORMATION)
  const typed = services as ParserServicesWithTypeInformation
  const model = modelFor(typed.program, context.cwd)
  // RuleTester passes a file name relative to cwd.
  const file = relative(model.root, path.resolve(context.cwd, context.physicalFilename))
  const index = indexOf(model).get(file) ?? EMPTY_INDEX
  return {
    services: typed,
    index,
    functionOf(node) {
      const tsNode = typed.esTreeNodeToTSNodeMap.get(node)
      return index.functions.get(`${file}:${tsNode.getStart()}`)
    },
  }
}

function modelFor(program: ts.Program, cwd: string): AnalysisModel {
  let model = models.get(program)
  if (model) return model
  const config = program.getCompilerOptions().configFilePath
  const key = `${typeof config === 'string' ? config : program.getCurrentDirectory()}\0${cwd}`
  let cache = caches.get(key)
  if (!cache) caches.set(key, (cache = { analyzer: new Analyzer(cwd), sourceFiles: [], model: undefined }))
  const sourceFiles = program.getSourceFiles()
  // typescript-eslint's project service makes a new Program whenever it opens a file, usually over the
  // very same SourceFile objects; re-running even the cheap whole-program phases per linted file would
  // dominate the lint of a large project.
  model = cache.model && sameFiles(cache.sourceFiles, sourceFiles) ? cache.model : cache.analyzer.analyze(program)
  cache.model = model
  cache.sourceFiles = sourceFiles
  models.set(program, model)
  return model
}

function sameFiles(a: readonly ts.SourceFile[], b: readonly ts.SourceFile[]): boolean {
  return a.length === b.length && a.every((sf, i) => sf === b[i])
}

function indexOf(model: AnalysisModel): ReadonlyMap<string, FileIndex> {
  const cached = indexes.get(model)
  if (cached) return cached
  const byFile = new Map<string, MutableIndex>()
  const entry = (file: string): MutableIndex => {
    let e = byFile.get(file)
    if (!e) byFile.set(file, (e = { functions: new Map(), diagnostics: [], boundaries: new Set() }))
    return e
  }
  for (const fn of model.functions) {
    entry(fn.file).functions.set(fn.id, fn)
    for (const b of fn.boundaries) entry(b.file).boundaries.add(`${b.line}:${b.column}`)
  }
  for (const d of model.diagnostics) entry(d.file).diagnostics.push(d)
  indexes.set(model, byFile)
  return byFile
}

function relative(root: string, fileName: string): string {
  return path.relative(root, fileName).split(path.sep).join('/')
}
