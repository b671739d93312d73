// Imports that resolve to nothing: `vtify build` leaves them to the bundler or to Node, which fail
// when the program runs; here the program runs in the page, so the editor marks them instead
// (TypeScript's TS2307, an error: the Run pane would fail to load the program).

import ts from 'typescript'
import type { Diagnostic } from '../../../compiler/index'
import { ROOT } from './files'

/** Unresolved imports by the file that has them; a file's entry is replaced when it is resolved again. */
export class MissingImports {
  private readonly byFile = new Map<string, Diagnostic[]>()

  /** The module resolution of one file's imports: `resolved[i]` is undefined where `literals[i]` found no file. */
  record(sf: ts.SourceFile, literals: readonly ts.StringLiteralLike[], resolved: readonly (ts.ResolvedModuleFull | undefined)[]): void {
    if (!sf.fileName.startsWith(`${ROOT}/`)) return
    const missing = literals.filter((_, i) => resolved[i] === undefined).map((literal) => diagnostic(sf, literal))
    this.byFile.set(sf.fileName, missing)
  }

  /** Those of the program's files now. */
  of(files: readonly string[]): Diagnostic[] {
    return files.flatMap((file) => this.byFile.get(`${ROOT}/${file}`) ?? [])
  }
}

// (while the program is built, nodes have no parents yet: the file is passed in)
function diagnostic(sf: ts.SourceFile, literal: ts.StringLiteralLike): Diagnostic {
  const start = literal.getStart(sf)
  const from = sf.getLineAndCharacterOfPosition(start)
  const to = sf.getLineAndCharacterOfPosition(literal.end)
  return {
    code: 'TS2307',
    severity: 'error',
    message: `Cannot find module '${literal.text}': no tab has this name (the playground provides vtify/runtime and sim besides the tabs).`,
    file: sf.fileName.slice(ROOT.length + 1),
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
    start,
    end: literal.end,
    related: [],
  }
}
