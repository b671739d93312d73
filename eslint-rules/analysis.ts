// The analysis model for the file being linted. Every rule reads the compiler's model (never
// re-deriving multistate-ness) through the compiler's ModelCache: one per tsconfig (so per-file
// facts are reused across the Programs typescript-eslint hands us), one model per Program, and
// the model's index finds the entry of a node by its span (compiler/locate.ts).

import path from 'node:path'
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils'
import type ts from 'typescript'
import { ModelCache, type Diagnostic, type FunctionInfo } from '../compiler/index.js'

export const NO_TYPE_INFORMATION =
  'vtify rules need type information: the whole-program analysis reads the TypeScript program. Enable typed ' +
  'linting for this file, e.g. `languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ' +
  'import.meta.dirname } }` with the typescript-eslint parser, and make sure a tsconfig.json includes the file.'

export interface FileAnalysis {
  services: ParserServicesWithTypeInformation
  /** The model's diagnostics in this file. */
  diagnostics: readonly Diagnostic[]
  /** The model's entry for a function node of this file (function, arrow, method, accessor). */
  functionOf(node: TSESTree.Node): FunctionInfo | undefined
  /** Whether a call of this file is a state boundary. */
  isBoundary(call: TSESTree.CallExpression): boolean
}

const caches = new Map<string, ModelCache>()

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>

/** The analysis for the file `context` lints; throws NO_TYPE_INFORMATION without a ts.Program. */
export function analysisFor(context: AnyRuleContext): FileAnalysis {
  const services = context.sourceCode.parserServices
  if (!services?.program) throw new Error(NO_TYPE_INFORMATION)
  const typed = services as ParserServicesWithTypeInformation
  // RuleTester passes a file name relative to cwd.
  const entries = cacheFor(typed.program, context.cwd).indexOf(typed.program).file(path.resolve(context.cwd, context.physicalFilename))
  const tsNode = (node: TSESTree.Node): ts.Node => typed.esTreeNodeToTSNodeMap.get(node)
  return {
    services: typed,
    diagnostics: entries?.diagnostics ?? [],
    functionOf: (node) => entries?.functionOf(tsNode(node)),
    isBoundary: (call) => entries?.boundaryOf(tsNode(call)) !== undefined,
  }
}

function cacheFor(program: ts.Program, cwd: string): ModelCache {
  const config = program.getCompilerOptions().configFilePath
  const key = `${typeof config === 'string' ? config : program.getCurrentDirectory()}\0${cwd}`
  let cache = caches.get(key)
  if (!cache) caches.set(key, (cache = new ModelCache(cwd)))
  return cache
}
