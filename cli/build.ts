// `vtify build <entry | dir | tsconfig.json> -o <outdir>`: every module of the program to
// JavaScript under outdir (the same paths relative to the directory that holds them all — the
// root, or above it — .ts → .js), multistate functions as state machines,
// each with its source map beside it (`x.js.map`, to the original TypeScript). The build is the
// plugin's (plugin/session.ts): from the cache when nothing changed, with the same closing line.

import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, SourceMap } from '../compiler/index.js'
import { codeFrame, isUnder, outputName } from '../compiler/node.js'
import { BuildSession } from '../plugin/session.js'
import { sourcesOf, type BuildView } from '../plugin/view.js'
import { parseBuildArgs, type BuildArgs } from './build-args.js'
import { watchBuild } from './watch.js'

export async function runBuild(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, stop?: AbortSignal): Promise<number> {
  const options = parseBuildArgs(args)
  const session = new BuildSession({ target: options.target, keepTypes: false, relativeImports: true, cacheDir: options.cacheDir, outDir: options.outDir })
  session.progress = (line) => err.write(`${line}\n`)
  const view = await session.current()
  const written = new Map<string, string>()
  const status = writeBuild(view, options, written, out, err)
  if (!options.watch) return status
  const onError = (message: string): void => void err.write(`vtify build: ${message}\n`)
  await watchBuild(session, view, options, { stop, onChange: (next) => writeBuild(next, options, written, out, err), onError })
  return 0
}

/**
 * Writes the modules whose code is not already in `written` (module → code last written; all of
 * them the first time), then the closing line. Nothing is written when there are errors;
 * warnings are printed and change nothing else.
 */
export function writeBuild(view: BuildView, options: BuildArgs, written: Map<string, string>, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const warnings = view.warnings()
  for (const d of warnings) err.write(`${formatDiagnostic(d, view.root)}\n`)
  const errors = view.errors()
  if (errors.length > 0) {
    for (const d of errors) err.write(`${formatDiagnostic(d, view.root)}\n`)
    err.write(`vtify build: ${count(errors.length, 'error')}, nothing written\n`)
    return 1
  }
  const base = outputBase(view)
  let modules = 0
  for (const module of view.modules()) {
    const outcome = view.outcome(path.resolve(view.root, module))
    if (outcome.kind !== 'code' || written.get(module) === outcome.code) continue
    writeModule(path.resolve(view.root, module), outcome, path.join(options.outDir, outputName(path.relative(base, path.resolve(view.root, module)))))
    written.set(module, outcome.code)
    modules++
  }
  const copied = copyJson(view, base, options.outDir)
  const json = copied === 0 ? '' : ` (and ${count(copied, 'imported JSON file')} copied)`
  const warned = warnings.length === 0 ? '' : `, ${count(warnings.length, 'warning')}`
  out.write(`vtify build: ${count(modules, 'module')} written to ${options.outDir}${json}${warned}\n${view.summary()}\n`)
  return 0
}

/**
 * The directory the output mirrors: the project's root, or the directory above it that holds
 * every file of the program, as tsc's rootDir is the common directory of its inputs. A program
 * may have files outside the root (a tsconfig's include of `../shared`, as VT0002 advises for a
 * workspace package); relative to the root alone they were written outside outdir (`out/../shared`).
 */
function outputBase(view: BuildView): string {
  const files = sourcesOf(view)
  return files.reduce((base, file) => commonDirectory(base, path.dirname(file)), view.root)
}

/** `a`, or the nearest directory above it that holds `b` (the file system's root at most). */
function commonDirectory(a: string, b: string): string {
  let dir = a
  while (!isUnder(b, dir) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

function writeModule(source: string, output: { code: string; map: SourceMap }, dest: string): void {
  const map = relocated(output.map, source, dest)
  fs.mkdirSync(path.dirname(dest), { recursive: true })
  fs.writeFileSync(dest, `${output.code}//# sourceMappingURL=${encodeURI(map.file!)}.map\n`)
  fs.writeFileSync(`${dest}.map`, JSON.stringify(map))
}

/** Imported JSON (`resolveJsonModule`) holds no code to transform: copied as it is, for the imports of the output. */
function copyJson(view: BuildView, base: string, outDir: string): number {
  for (const file of view.jsonFiles()) {
    const dest = path.join(outDir, path.relative(base, path.resolve(view.root, file)))
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.copyFileSync(path.join(view.root, file), dest)
  }
  return view.jsonFiles().length
}

/** The map of `dest`, written beside it: its source named relative to it (the transform names it by base name). */
function relocated(map: SourceMap, source: string, dest: string): SourceMap {
  const relative = path.relative(path.dirname(dest), source).split(path.sep).join('/')
  return { ...map, file: path.basename(dest), sources: [relative] }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function formatDiagnostic(d: Diagnostic, root: string): string {
  const head = `${d.file}:${d.line}:${d.column} - ${d.severity} ${d.code}: ${d.message}`
  const source = readOrUndefined(path.join(root, d.file))
  return source === undefined ? head : `${head}\n\n${codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined)}\n`
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}
