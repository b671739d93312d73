// The file-name rules the project, the library cache and the watchers share
// (compiler/load/file-kinds.ts), against TypeScript's own rule for declaration files.

import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { isCodeFile, isDeclarationFile, isInstalledFile, isProgramFile } from '../../compiler/load/file-kinds.js'

// Not in TypeScript's published types, but what its program and module resolution decide with.
const typescriptSays = (ts as unknown as { isDeclarationFileName(fileName: string): boolean }).isDeclarationFileName

const NAMES = [
  'src/a.ts',
  'src/a.d.ts',
  'src/a.d.mts',
  'src/a.d.cts',
  'src/styles.d.css.ts',
  'src/styles.d.css.mts',
  'src/a.d.foo.bar.ts',
  'src/a.mts',
  'src/a.tsx',
  'src/a.d.tsx',
  'src/a.d.x/b.ts',
  'src/d.ts',
  'src/a.d.js',
  'C:\\app\\src\\a.d.ts',
  'C:\\app\\a.d.x\\b.ts',
]

describe('file kinds', () => {
  it.each(NAMES)('%s is a declaration file exactly when TypeScript says so', (name) => {
    expect(isDeclarationFile(name)).toBe(typescriptSays(name))
  })

  it('takes code and declarations of every extension TypeScript reads, and JSON for the program only', () => {
    for (const name of ['a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.d.ts']) {
      expect([name, isCodeFile(name), isProgramFile(name)]).toEqual([name, true, true])
    }
    expect([isCodeFile('tsconfig.json'), isProgramFile('tsconfig.json')]).toEqual([false, true])
    for (const name of ['index.html', 'a.css', 'a.ts.map', 'logo.svg']) expect([name, isProgramFile(name)]).toEqual([name, false])
  })

  it('says a file is installed when its path goes through a node_modules directory, as TypeScript does', () => {
    const pathContainsNodeModules = (ts as unknown as { pathContainsNodeModules(path: string): boolean }).pathContainsNodeModules
    for (const name of [
      '/w/node_modules/lib/src/a.ts',
      'C:\\w\\node_modules\\lib\\a.ts',
      '/w/packages/lib/src/a.ts',
      '/w/node_modules_old/a.ts',
      '/w/my-node_modules/a.ts',
    ]) {
      expect([name, isInstalledFile(name)]).toEqual([name, pathContainsNodeModules(name.replace(/\\/g, '/'))])
    }
  })
})
