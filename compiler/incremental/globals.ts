// Whether a file's declarations reach files that do not import it: a script (no import or export:
// its top-level declarations are global), a module with `declare global { … }`, or one that
// augments another module (`declare module './types.js' { … }`), which changes that module for
// every file importing it. The import graph does not show which files depend on such a file.

import ts from '#typescript'

export function declaresGlobals(sourceFile: ts.SourceFile): boolean {
  if (!ts.isExternalModule(sourceFile)) return true
  return sourceFile.statements.some((s) => ts.isModuleDeclaration(s) && ((s.flags & ts.NodeFlags.GlobalAugmentation) !== 0 || ts.isStringLiteral(s.name)))
}
