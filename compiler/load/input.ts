// What the user points vtify at: an entry file, a directory, or a tsconfig.json.

import fs from 'node:fs'
import path from 'node:path'
import ts from '#typescript'
import { hashFile } from '../cache/hash.js'
import { isUnder } from './paths.js'
import { SKIPPED_DIRS } from './skipped-dirs.js'

export interface ProgramInput {
  /** What the user pointed at (absolute): resolved again when the tsconfig changes or a file comes or goes. */
  target: string
  /** A directory vtify writes its output to (`vtify build -o`): none of its files is a root, as tsc leaves out its outDir. */
  outDir?: string
  /** Absolute directory the model's relative file names are relative to. */
  root: string
  rootNames: string[]
  options: ts.CompilerOptions
  /**
   * What the root names were found from, so that a cache can tell they are still the same without
   * TypeScript: the tsconfig files read (the one named and those it extends), each with its hash
   * when read — a build made from them records that, not what the disk holds when it is written
   * (an edit meanwhile, or one that no longer parses, must not be recorded as built) —,
   * and the directories a file added or removed in changes the root names (`recursive`: their
   * subdirectories too).
   */
  madeFrom: { configs: Readonly<Record<string, string>>; directories: { dir: string; recursive: boolean }[] }
}

/** A problem with the input itself; the CLI prints its message on one line. */
export class InputError extends Error {
  override name = 'InputError'
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']

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

export function resolveInput(target: string, outDir?: string): ProgramInput {
  const found = findInput(target)
  return outDir === undefined ? found : { ...found, outDir, rootNames: found.rootNames.filter((file) => !isUnder(file, outDir)) }
}

function findInput(target: string): ProgramInput {
  const abs = path.resolve(target)
  const stat = statOrThrow(abs)
  if (stat.isDirectory()) {
    const config = path.join(abs, 'tsconfig.json')
    if (fs.existsSync(config)) return { target: abs, ...fromTsconfig(config) }
    return {
      target: abs,
      root: abs,
      rootNames: sourcesUnder(abs),
      options: DEFAULT_OPTIONS,
      madeFrom: { configs: {}, directories: [{ dir: abs, recursive: true }] },
    }
  }
  if (abs.endsWith('.json')) return { target: abs, ...fromTsconfig(abs) }
  if (!SOURCE_EXTENSIONS.some((ext) => abs.endsWith(ext))) {
    throw new InputError(`${target}: not a TypeScript or JavaScript file, a directory, or a tsconfig.json`)
  }
  return { target: abs, root: path.dirname(abs), rootNames: [abs], options: DEFAULT_OPTIONS, madeFrom: { configs: {}, directories: [] } }
}

function statOrThrow(abs: string): fs.Stats {
  try {
    return fs.statSync(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(code === 'ENOENT' ? `${abs}: no such file or directory` : `${abs}: cannot read (${code})`)
  }
}

function fromTsconfig(configPath: string): Omit<ProgramInput, 'target'> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new InputError(`${configPath}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
      },
    },
  )
  if (!parsed) throw new InputError(`${configPath}: cannot read the tsconfig`)
  const fatal = parsed.errors.find((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003)
  if (fatal) throw new InputError(`${configPath}: ${ts.flattenDiagnosticMessageText(fatal.messageText, ' ')}`)
  // TypeScript keeps the parsed tsconfig (with the files it extends) under options.configFile.
  const configFile = parsed.options.configFile as ts.TsConfigSourceFile | undefined
  const extended = configFile?.extendedSourceFiles ?? []
  const directories = Object.entries(parsed.wildcardDirectories ?? {}).map(([dir, flags]) => ({
    dir,
    recursive: (flags & ts.WatchDirectoryFlags.Recursive) !== 0,
  }))
  // Hashed as the cache will compare them (bytes on disk), right after TypeScript read them.
  const configs = Object.fromEntries([path.resolve(configPath), ...extended].map((file) => [file, hashFile(file)]))
  const madeFrom = { configs, directories }
  const own = { root: path.dirname(configPath), rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true }, madeFrom }
  const references = parsed.projectReferences ?? []
  return parsed.fileNames.length === 0 && references.length > 0 ? solution(own, references) : own
}

/**
 * A solution-style tsconfig — no files of its own, `references` to the projects that have them, as
 * create-vite's React, Vue, Svelte, Solid and Preact templates write (`tsconfig.app.json` for the
 * app, `tsconfig.node.json` for vite.config.ts) — read as one program: the files of every project
 * it references, with the options of the one that has the most (the app's). Read as it is, it was
 * a program of no file, and nothing was compiled.
 */
function solution(own: Omit<ProgramInput, 'target'>, references: readonly ts.ProjectReference[]): Omit<ProgramInput, 'target'> {
  const projects = references.map((ref) => fromTsconfig(ts.resolveProjectReferencePath(ref)))
  const main = projects.reduce((a, b) => (b.rootNames.length > a.rootNames.length ? b : a))
  return {
    root: own.root,
    rootNames: [...new Set(projects.flatMap((p) => p.rootNames))],
    options: main.options,
    madeFrom: {
      configs: Object.assign({}, own.madeFrom.configs, ...projects.map((p) => p.madeFrom.configs)) as Record<string, string>,
      directories: projects.flatMap((p) => p.madeFrom.directories),
    },
  }
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
