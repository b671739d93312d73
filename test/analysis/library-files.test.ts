// Parses of installed packages are shared by the projects of one process: keyed by what a parse
// depends on (two targets, two parses), and re-read when the file changes on disk (a re-install).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import ts from '#typescript'
import { Project, resolveInput } from '../../compiler/index.js'

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-library-'))
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))

/** A project whose main.ts imports an installed package `pkg`, with one tsconfig per target. */
function projectWithPackage(name: string, targets: readonly string[]): { dir: string; library: string } {
  const dir = path.join(temp, name)
  const pkg = path.join(dir, 'node_modules', 'pkg')
  fs.mkdirSync(pkg, { recursive: true })
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'pkg', types: 'index.d.ts' }))
  fs.writeFileSync(path.join(pkg, 'index.d.ts'), 'export declare function start(): void\n')
  fs.writeFileSync(path.join(dir, 'main.ts'), `import { start } from 'pkg'\nexport function main(): void {\n  start()\n}\n`)
  for (const target of targets) {
    const compilerOptions = { target, module: 'esnext', moduleResolution: 'bundler', strict: true }
    fs.writeFileSync(path.join(dir, `tsconfig.${target}.json`), JSON.stringify({ compilerOptions, files: ['main.ts'] }))
  }
  return { dir, library: path.join(pkg, 'index.d.ts') }
}

const libraryOf = (project: Project, library: string): ts.SourceFile => project.getProgram().getSourceFile(library)!

describe('parses of installed packages', () => {
  it('are shared by projects with the same options, and separate for different targets', () => {
    const { dir, library } = projectWithPackage('targets', ['es2020', 'esnext'])
    const older = new Project(resolveInput(path.join(dir, 'tsconfig.es2020.json')))
    const newer = new Project(resolveInput(path.join(dir, 'tsconfig.esnext.json')))
    const again = new Project(resolveInput(path.join(dir, 'tsconfig.es2020.json')))
    expect(libraryOf(older, library).languageVersion).toBe(ts.ScriptTarget.ES2020)
    expect(libraryOf(newer, library).languageVersion).toBe(ts.ScriptTarget.ESNext)
    expect(libraryOf(again, library)).toBe(libraryOf(older, library))
  })

  it('are read again when the file changes on disk', () => {
    const { dir, library } = projectWithPackage('reinstall', ['esnext'])
    const project = new Project(resolveInput(path.join(dir, 'tsconfig.esnext.json')))
    project.analyze()
    const before = libraryOf(project, library)
    // The package is re-installed with a new export; then an edit in the project makes a new program.
    fs.writeFileSync(library, 'export declare function start(): void\nexport declare function stop(): void\n')
    fs.writeFileSync(path.join(dir, 'main.ts'), `import { start, stop } from 'pkg'\nexport function main(): void {\n  start()\n  stop()\n}\n`)
    project.update('main.ts')
    expect(libraryOf(project, library)).not.toBe(before)
    expect(libraryOf(project, library).text).toContain('stop')
    // main.ts's new import of stop resolves: the program reads the new parse.
    const program = project.getProgram()
    expect(program.getSemanticDiagnostics(program.getSourceFile(path.join(dir, 'main.ts')))).toEqual([])
    expect(libraryOf(project, library)).toBe(libraryOf(new Project(resolveInput(path.join(dir, 'tsconfig.esnext.json'))), library))
  })
})
