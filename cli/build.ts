// `vtify build <entry | dir | tsconfig.json> -o <outdir>`: every module of the program to
// JavaScript under outdir (same relative paths, .ts → .js), multistate functions as state machines,
// each with its source map beside it (`x.js.map`, to the original TypeScript).

import fs from 'node:fs'
import path from 'node:path'
import type ts from 'typescript'
import { Project, blockingErrors, codeFrame, resolveInput, transformProject, type Diagnostic, type SourceMap } from '../compiler/index.js'
import { UsageError } from './errors.js'

export function runBuild(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const { target, outDir } = parseArgs(args)
  const project = new Project(resolveInput(target))
  const result = transformProject(project)
  const errors = blockingErrors(result)
  if (errors.length > 0) {
    for (const d of errors) err.write(`${formatDiagnostic(d, result.model.root)}\n`)
    err.write(`vtify build: ${errors.length} error${errors.length === 1 ? '' : 's'}, nothing written\n`)
    return 1
  }
  for (const [file, code] of result.outputs) {
    const dest = path.join(outDir, outputName(file))
    const map = relocated(result.maps.get(file)!, path.join(result.model.root, file), dest)
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.writeFileSync(dest, `${code}//# sourceMappingURL=${encodeURI(map.file!)}.map\n`)
    fs.writeFileSync(`${dest}.map`, JSON.stringify(map))
  }
  const copied = copyJson(project.getProgram(), result.model.root, outDir)
  const json = copied === 0 ? '' : ` (and ${copied} imported JSON file${copied === 1 ? '' : 's'} copied)`
  out.write(`vtify build: ${result.outputs.size} module${result.outputs.size === 1 ? '' : 's'} written to ${outDir}${json}\n`)
  return 0
}

/** Imported JSON (`resolveJsonModule`) holds no code to transform: copied as it is, for the imports of the output. */
function copyJson(program: ts.Program, root: string, outDir: string): number {
  let copied = 0
  for (const sf of program.getSourceFiles()) {
    const file = path.relative(root, sf.fileName)
    if (!file.endsWith('.json') || file.startsWith('..') || program.isSourceFileFromExternalLibrary(sf)) continue
    const dest = path.join(outDir, file)
    fs.mkdirSync(path.dirname(dest), { recursive: true })
    fs.copyFileSync(sf.fileName, dest)
    copied++
  }
  return copied
}

const JS_EXTENSIONS: Readonly<Record<string, string>> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs', '.jsx': '.js' }

/** `src/a.ts` → `src/a.js` (the transform rewrites relative imports the same way). */
function outputName(file: string): string {
  const ext = path.extname(file)
  return file.slice(0, file.length - ext.length) + (JS_EXTENSIONS[ext] ?? ext)
}

/** The map of `dest`, written beside it: its source named relative to it (the transform names it by base name). */
function relocated(map: SourceMap, source: string, dest: string): SourceMap {
  const relative = path.relative(path.dirname(dest), source).split(path.sep).join('/')
  return { ...map, file: path.basename(dest), sources: [relative] }
}

function parseArgs(args: readonly string[]): { target: string; outDir: string } {
  const targets: string[] = []
  let outDir: string | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-o' || a === '--out-dir') outDir = args[++i]
    else if (a.startsWith('-')) throw new UsageError(`build: unknown option ${a}`)
    else targets.push(a)
  }
  if (targets.length !== 1) throw new UsageError('build needs exactly one entry file, directory or tsconfig.json')
  if (outDir === undefined) throw new UsageError('build needs an output directory: -o <outdir>')
  return { target: targets[0]!, outDir: path.resolve(outDir) }
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
