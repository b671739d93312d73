// In-process test harness: a LanguageService over an in-memory project, with the vtify plugin
// applied as tsserver would (decorate with a PluginCreateInfo-shaped object).

import ts from 'typescript'
import { decorate } from '../../ts-plugin/decorate.js'

export const ROOT = '/project'

/** Enough of vtify/runtime's declarations to type the tests' programs. */
const RUNTIME_DTS = `
export declare function VT_yield(): void
export declare function VT_read(ch: object, buf: Uint8Array, n?: number): number
export declare function VT_write(ch: object, data: Uint8Array | string, n?: number): number
export declare function VT_accept<S = unknown>(server: object): S
export interface VThread<R = unknown> { id: number; readonly result?: R }
export declare function VT_spawn<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): VThread<R>
export declare function VT_join<R>(thread: VThread<R>): R
export declare function VT_run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<R>
`

/** Host functions that take callbacks, declared (so untransformed) like Node's and the DOM's. */
const GLOBALS_DTS = `declare function setTimeout(callback: () => void, ms: number): number\n`

const RUNTIME_PACKAGE = { name: 'vtify', exports: { './runtime': { types: './runtime.d.ts' } } }

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ['lib.es2022.d.ts'],
}

export interface TestService {
  ls: ts.LanguageService
  /** The base (undecorated) service. */
  base: ts.LanguageService
  logs: string[]
  path(file: string): string
  text(file: string): string
  /** Offset of the `nth` occurrence of `snippet` in `file`, plus `delta`. */
  at(file: string, snippet: string, delta?: number, nth?: number): number
  edit(file: string, text: string): void
  /** Applies text changes (as a refactor returns them) to a file. */
  apply(file: string, changes: readonly ts.TextChange[]): void
}

export function createService(files: Record<string, string>): TestService {
  const texts = new Map<string, string>(Object.entries(files).map(([f, t]) => [`${ROOT}/${f}`, t]))
  texts.set(`${ROOT}/globals.d.ts`, GLOBALS_DTS)
  texts.set(`${ROOT}/node_modules/vtify/runtime.d.ts`, RUNTIME_DTS)
  texts.set(`${ROOT}/node_modules/vtify/package.json`, JSON.stringify(RUNTIME_PACKAGE))
  const versions = new Map<string, number>()
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => OPTIONS,
    getScriptFileNames: () => [...Object.keys(files), 'globals.d.ts'].map((f) => `${ROOT}/${f}`),
    getScriptVersion: (name) => String(versions.get(name) ?? 0),
    getScriptSnapshot: (name) => {
      const text = texts.get(name) ?? ts.sys.readFile(name)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => texts.has(name) || ts.sys.fileExists(name),
    readFile: (name) => texts.get(name) ?? ts.sys.readFile(name),
    directoryExists: (name) => name.startsWith(ROOT) || ts.sys.directoryExists(name),
    getDirectories: () => [],
  }
  const base = ts.createLanguageService(host)
  const logs: string[] = []
  const project = { getCurrentDirectory: () => ROOT, projectService: { logger: { info: (m: string) => logs.push(m) } } }
  const ls = decorate({ languageService: base, project })
  const path = (file: string): string => `${ROOT}/${file}`
  const text = (file: string): string => texts.get(path(file)) ?? ''
  const edit = (file: string, next: string): void => {
    texts.set(path(file), next)
    versions.set(path(file), (versions.get(path(file)) ?? 0) + 1)
  }
  return {
    ls,
    base,
    logs,
    path,
    text,
    edit,
    at(file, snippet, delta = 0, nth = 1) {
      let index = -1
      for (let i = 0; i < nth; i++) index = text(file).indexOf(snippet, index + 1)
      if (index < 0) throw new Error(`${snippet} not found in ${file}`)
      return index + delta
    },
    apply(file, changes) {
      let next = text(file)
      for (const c of [...changes].sort((a, b) => b.span.start - a.span.start)) {
        next = next.slice(0, c.span.start) + c.newText + next.slice(c.span.start + c.span.length)
      }
      edit(file, next)
    },
  }
}

/** The vtify paragraphs of a quick info, joined, or '' when there are none. */
export function vtifyHover(service: TestService, file: string, position: number): string {
  const info = service.ls.getQuickInfoAtPosition(service.path(file), position)
  return (info?.documentation ?? [])
    .map((p) => p.text)
    .filter((t) => t.includes('vtify') || t.includes('→'))
    .join('\n')
}
