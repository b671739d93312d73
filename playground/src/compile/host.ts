// An in-memory TypeScript program for the compiler in the worker: the tabs' files under ROOT,
// the fixed library files beside them. Parsed files are kept while their text is the same, so
// TypeScript reuses them and vtify's Analyzer keeps their facts (it compares SourceFile objects).

import ts from 'typescript'
import { FIXED_FILES, LIB_DIR, LIB_FILES, ROOT, RUNTIME_INDEX, SIM_INDEX } from './files'
import { MissingImports } from './missing-imports'

export const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  lib: LIB_FILES,
  types: [],
}

/** Bare specifiers the playground provides, and the declaration file of each. */
const PACKAGES: Record<string, string> = { 'vtify/runtime': RUNTIME_INDEX, sim: SIM_INDEX }

export class MemoryProgram {
  private files = new Map<string, string>()
  private parsed = new Map<string, ts.SourceFile>()
  private program: ts.Program | undefined
  private readonly host: ts.CompilerHost = this.makeHost()
  /** What the latest resolution of each file's imports did not find. */
  readonly missing = new MissingImports()

  /** Replace the project's files (names relative to ROOT); returns the new program. */
  update(files: Record<string, string>): ts.Program {
    this.files = new Map(Object.entries(files).map(([name, text]) => [`${ROOT}/${name}`, text]))
    for (const [name, sf] of this.parsed) {
      if (!FIXED_FILES.has(name) && this.files.get(name) !== sf.text) this.parsed.delete(name)
    }
    const rootNames = [...this.files.keys()]
    this.program = ts.createProgram({ rootNames, options: OPTIONS, host: this.host, oldProgram: this.program })
    return this.program
  }

  private read(fileName: string): string | undefined {
    return this.files.get(fileName) ?? FIXED_FILES.get(fileName)
  }

  private sourceFile(fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined {
    const cached = this.parsed.get(fileName)
    if (cached) return cached
    const text = this.read(fileName)
    if (text === undefined) return undefined
    const options = typeof languageVersion === 'number' ? { languageVersion } : languageVersion
    // vtify needs types, not JSDoc: skipping it in .d.ts files saves a large part of parsing.
    const sf = ts.createSourceFile(fileName, text, { ...options, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeInfo })
    this.parsed.set(fileName, sf)
    return sf
  }

  private resolve(name: string, containingFile: string): ts.ResolvedModuleWithFailedLookupLocations {
    const declared = PACKAGES[name]
    if (declared) return { resolvedModule: { resolvedFileName: declared, extension: ts.Extension.Dts, isExternalLibraryImport: true } }
    return ts.resolveModuleName(name, containingFile, OPTIONS, this.host)
  }

  private makeHost(): ts.CompilerHost {
    return {
      getSourceFile: (fileName, languageVersion) => this.sourceFile(fileName, languageVersion),
      getDefaultLibFileName: () => `${LIB_DIR}/lib.es2022.d.ts`,
      getDefaultLibLocation: () => LIB_DIR,
      writeFile: () => undefined,
      getCurrentDirectory: () => ROOT,
      getCanonicalFileName: (fileName) => fileName,
      useCaseSensitiveFileNames: () => true,
      getNewLine: () => '\n',
      fileExists: (fileName) => this.read(fileName) !== undefined,
      readFile: (fileName) => this.read(fileName),
      directoryExists: (dir) => [...this.files.keys(), ...FIXED_FILES.keys()].some((f) => f.startsWith(`${dir}/`)),
      resolveModuleNameLiterals: (literals, containingFile, _redirect, _options, containingSourceFile) => {
        const resolutions = literals.map((lit) => this.resolve(lit.text, containingFile))
        this.missing.record(
          containingSourceFile,
          literals,
          resolutions.map((r) => r.resolvedModule),
        )
        return resolutions
      },
    }
  }
}
