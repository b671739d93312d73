// What a file's name says about how TypeScript reads it, in one place for the project (which
// files a program of part of it takes as roots), the library cache (a declaration file's parse
// does not depend on module detection) and the watchers (which changes can change the program).

/** `.d.ts`, `.d.mts`, `.d.cts` and `.d.<ext>.ts` (declarations for other extensions): TypeScript's own rule. */
const DECLARATION = /\.d\.(?:[cm]?ts|[^/\\]*\.ts)$/
/** What TypeScript reads as code, declarations included. */
const CODE = /\.[cm]?[jt]sx?$/

export function isDeclarationFile(fileName: string): boolean {
  return DECLARATION.test(fileName)
}

export function isCodeFile(fileName: string): boolean {
  return CODE.test(fileName)
}

/** A file a program may read — code, declarations or JSON: a change to any other cannot change the program. */
export function isProgramFile(fileName: string): boolean {
  return CODE.test(fileName) || fileName.endsWith('.json')
}

/** A path through a `node_modules` directory: an installed package's file (TypeScript's own test, `pathContainsNodeModules`). */
export function isInstalledFile(fileName: string): boolean {
  return /[\\/]node_modules[\\/]/.test(fileName)
}
