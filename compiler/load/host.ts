// A compiler host that keeps parsed source files between programs, so that an edit re-parses only
// the edited file, and that can find vtify/runtime even where the package is not installed.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from '#typescript'
import { isInstalledFile } from './file-kinds.js'
import { libraryFile } from './library-files.js'
import { isRuntimeSpecifier } from '../extract/runtime-module.js'

/**
 * The runtime's declarations shipped with this package or its source (development): from
 * dist/compiler/load/, from the bundle (dist/bundle/, bundle.mjs), from compiler/load/.
 */
const BUNDLED_RUNTIME = ['../../runtime/index.d.ts', '../runtime/index.d.ts', '../../runtime/index.ts']
  .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
  .find((p) => fs.existsSync(p))

export class CachingHost {
  readonly host: ts.CompilerHost
  /** The project's own files, parsed once per host (one set of options) until update(). */
  private readonly files = new Map<string, ts.SourceFile>()
  private readonly overrides = new Map<string, string>()
  /**
   * Module resolutions, and the package.json files read to decide each file's module format.
   * Without one, every program read and parsed the package.json files above every file again:
   * most of the time a program took after a one-file edit.
   */
  private resolutions: ts.ModuleResolutionCache
  private readonly packageJsons: ts.PackageJsonInfoCache
  /** Every package.json read (to resolve modules, to decide a file's format): what a program also depends on. */
  readonly packageFiles = new Set<string>()

  constructor(private readonly options: ts.CompilerOptions) {
    const host = ts.createCompilerHost(options, true)
    this.resolutions = this.newResolutions(host)
    this.packageJsons = this.resolutions.getPackageJsonInfoCache()
    host.getModuleResolutionCache = () => this.resolutions
    // JSDoc carries types only in JavaScript files; skipping it in TypeScript files (lib .d.ts
    // files are full of it) saves a large part of parsing. vtify needs types, not type errors.
    host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeInfo
    host.getSourceFile = (fileName, languageVersion) => this.getSourceFile(fileName, languageVersion)
    host.readFile = (fileName) => {
      if (isPackageJson(fileName)) this.packageFiles.add(fileName)
      return this.overrides.get(fileName) ?? ts.sys.readFile(fileName)
    }
    host.fileExists = (fileName) => this.overrides.has(fileName) || ts.sys.fileExists(fileName)
    host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts) =>
      literals.map((lit) => this.resolve(lit.text, containingFile, opts, host, redirected))
    this.host = host
  }

  /** A host for other compiler options (a tsconfig edited): nothing parsed is kept, the texts given to update() are. */
  withOptions(options: ts.CompilerOptions): CachingHost {
    const next = new CachingHost(options)
    for (const [fileName, text] of this.overrides) next.update(fileName, text)
    return next
  }

  /**
   * Forget a file (re-read from disk next time), or give its new text. Resolutions are made again
   * (the file may be new, or gone); package.json files are read again only when one changed.
   */
  update(fileName: string, text?: string): void {
    this.files.delete(fileName)
    if (isPackageJson(fileName)) this.packageJsons.clear()
    this.resolutions = this.newResolutions(this.host, this.packageJsons)
    if (text === undefined) this.overrides.delete(fileName)
    else this.overrides.set(fileName, text)
  }

  private newResolutions(host: ts.CompilerHost, packageJsons?: ts.PackageJsonInfoCache): ts.ModuleResolutionCache {
    return ts.createModuleResolutionCache(host.getCurrentDirectory(), (name) => host.getCanonicalFileName(name), this.options, packageJsons)
  }

  private getSourceFile(fileName: string, languageVersionOrOptions: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined {
    const options = typeof languageVersionOrOptions === 'number' ? { languageVersion: languageVersionOrOptions } : languageVersionOrOptions
    if (isInstalledFile(fileName) && !this.overrides.has(fileName)) {
      return libraryFile(fileName, options, this.options, (name) => this.host.readFile(name))
    }
    const cached = this.files.get(fileName)
    if (cached) return cached
    const text = this.host.readFile(fileName)
    if (text === undefined) return undefined
    // No setParentNodes: the binder sets parents, and the analysis only walks bound files.
    const sourceFile = ts.createSourceFile(fileName, text, options)
    this.files.set(fileName, sourceFile)
    return sourceFile
  }

  private resolve(
    name: string,
    containingFile: string,
    options: ts.CompilerOptions,
    host: ts.CompilerHost,
    redirected: ts.ResolvedProjectReference | undefined,
  ): ts.ResolvedModuleWithFailedLookupLocations {
    const result = ts.resolveModuleName(name, containingFile, options, host, this.resolutions, redirected)
    if (result.resolvedModule || !isRuntimeSpecifier(name) || !BUNDLED_RUNTIME) return result
    const extension = BUNDLED_RUNTIME.endsWith('.d.ts') ? ts.Extension.Dts : ts.Extension.Ts
    return { resolvedModule: { resolvedFileName: BUNDLED_RUNTIME, extension, isExternalLibraryImport: true } }
  }
}

function isPackageJson(fileName: string): boolean {
  return path.basename(fileName) === 'package.json'
}
