// Whether a file declares globals: a script (no import or export: its top-level declarations are
// global) or a module with `declare global { … }`. Files use globals without importing them, so
// the import graph does not show which files depend on such a file.

import ts from '#typescript'

export function declaresGlobals(sourceFile: ts.SourceFile): boolean {
  // A JSON file is no module either, but its value reaches only the files that import it.
  if (sourceFile.fileName.endsWith('.json')) return false
  if (!ts.isExternalModule(sourceFile)) return true
  return sourceFile.statements.some((s) => ts.isModuleDeclaration(s) && (s.flags & ts.NodeFlags.GlobalAugmentation) !== 0)
}
