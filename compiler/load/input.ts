// What the user points vtify at: an entry file, a directory, or a tsconfig.json.

import fs from 'node:fs'
import path from 'node:path'
import ts from '#typescript'

export interface ProgramInput {
  /** Absolute directory the model's relative file names are relative to. */
  root: string
  rootNames: string[]
  options: ts.CompilerOptions
}

/** A problem with the input itself; the CLI prints its message on one line. */
export class InputError extends Error {
  override name = 'InputError'
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage'])

const DEFAULT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  checkJs: false,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
}

export function resolveInput(target: string): ProgramInput {
  const abs = path.resolve(target)
  const stat = statOrThrow(abs)
  if (stat.isDirectory()) {
    const config = path.join(abs, 'tsconfig.json')
    return fs.existsSync(config) ? fromTsconfig(config) : { root: abs, rootNames: sourcesUnder(abs), options: DEFAULT_OPTIONS }
  }
  if (abs.endsWith('.json')) return fromTsconfig(abs)
  if (!SOURCE_EXTENSIONS.some((ext) => abs.endsWith(ext))) {
    throw new InputError(`${target}: not a TypeScript or JavaScript file, a directory, or a tsconfig.json`)
  }
  return { root: path.dirname(abs), rootNames: [abs], options: DEFAULT_OPTIONS }
}

function statOrThrow(abs: string): fs.Stats {
  try {
    return fs.statSync(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(code === 'ENOENT' ? `${abs}: no such file or directory` : `${abs}: cannot read (${code})`)
  }
}

function fromTsconfig(configPath: string): ProgramInput {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new InputError(`${configPath}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
    },
  })
  if (!parsed) throw new InputError(`${configPath}: cannot read the tsconfig`)
  const fatal = parsed.errors.find((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003)
  if (fatal) throw new InputError(`${configPath}: ${ts.flattenDiagnosticMessageText(fatal.messageText, ' ')}`)
  return { root: path.dirname(configPath), rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } }
}

function sourcesUnder(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourcesUnder(full))
    else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')) out.push(full)
  }
  return out.sort()
}
