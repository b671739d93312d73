// Incremental analysis: an edit re-extracts only the files it affects, and status changes that
// cross files are reflected.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import ts from '#typescript'
import { Analyzer, Project, resolveInput } from '../../compiler/index.js'
import { programInputs } from '../../compiler/node.js'
import { changedInputs } from '../../compiler/cache/inputs.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function project(files: Record<string, string>): { dir: string; project: Project } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-incremental-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return { dir, project: new Project(resolveInput(dir)) }
}

const multistateNames = (p: Project): string[] =>
  p
    .analyze()
    .functions.filter((f) => f.multistate)
    .map((f) => f.name)
    .sort()

describe('incremental analysis', () => {
  const files = {
    'io.ts': `import { VT_yield } from 'vtify/runtime'\nexport function step(): number {\n  return 1\n}\n`,
    'main.ts': `import { step } from './io.js'\nexport function run(): number {\n  return step()\n}\n`,
    'other.ts': `export function alone(): number {\n  return 2\n}\n`,
  }
  /** other.ts with `alone` made multistate. */
  const aloneBlocking = `import { VT_yield } from 'vtify/runtime'\nexport function alone(): void {\n  VT_yield()\n}\n`

  it('an edit in one file changes the status of a function in another', () => {
    const { project: p } = project(files)
    expect(multistateNames(p)).toEqual([])
    p.update('io.ts', files['io.ts'].replace('return 1', 'VT_yield()\n  return 1'))
    expect(multistateNames(p)).toEqual(['run', 'step'])
    const run = p.analyze().functions.find((f) => f.name === 'run')!
    expect(run.reason.map((s) => `${s.name}@${s.file}:${s.line}`)).toEqual(['step@main.ts:3', 'VT_yield@io.ts:3'])
    p.update('io.ts', files['io.ts'])
    expect(multistateNames(p)).toEqual([])
  })

  it('re-extracts only the edited file, and the files that refer to it when its surface changed', () => {
    const { project: p } = project(files)
    p.analyze()
    expect(p.analyzer.lastStats).toMatchObject({ files: 3, extracted: 3 })
    // A body edit under a written return type keeps io.ts's surface: main.ts's facts are moved.
    p.update('io.ts', files['io.ts'].replace('return 1', 'return 3'))
    p.analyze()
    expect(p.analyzer.lastStats).toMatchObject({ files: 3, extracted: 1, relocated: 1 })
    // A new export changes the surface: main.ts, which imports io.ts, is extracted again.
    p.update('io.ts', `${files['io.ts']}export const extra = 1\n`)
    p.analyze()
    expect(p.analyzer.lastStats).toMatchObject({ files: 3, extracted: 2, relocated: 0 })
    p.update('other.ts', files['other.ts'].replace('return 2', 'return 4'))
    p.analyze()
    expect(p.analyzer.lastStats).toMatchObject({ files: 3, extracted: 1 })
  })

  it('re-extracts every file when the compiler options change, every source file staying the same', () => {
    const { dir } = project(files)
    const input = resolveInput(dir)
    // One host for both programs: the same SourceFile objects, only the options differ.
    const host = ts.createCompilerHost(input.options)
    const parsed = new Map<string, ts.SourceFile | undefined>()
    const getSourceFile = host.getSourceFile.bind(host)
    host.getSourceFile = (name, target) => (parsed.has(name) ? parsed.get(name) : parsed.set(name, getSourceFile(name, target)).get(name))
    const analyzer = new Analyzer(input.root)
    const first = ts.createProgram({ rootNames: input.rootNames, options: input.options, host })
    analyzer.analyze(first)
    const second = ts.createProgram({ rootNames: input.rootNames, options: { ...input.options, noImplicitReturns: true }, host })
    expect(second.getSourceFiles()).toEqual(first.getSourceFiles())
    const model = analyzer.analyze(second)
    expect(analyzer.lastStats).toMatchObject({ files: 3, extracted: 3 })
    expect(model).toEqual(new Analyzer(input.root).analyze(second))
  })

  it('does not re-parse unchanged files', () => {
    const { dir, project: p } = project(files)
    p.analyze()
    const before = p.getProgram().getSourceFile(path.join(dir, 'main.ts'))
    p.update('other.ts', files['other.ts'] + '\n')
    p.analyze()
    expect(p.getProgram().getSourceFile(path.join(dir, 'main.ts'))).toBe(before)
  })

  it('re-reads a file from disk when no text is given', () => {
    const { dir, project: p } = project(files)
    p.analyze()
    fs.writeFileSync(path.join(dir, 'other.ts'), aloneBlocking)
    p.update('other.ts')
    expect(multistateNames(p)).toEqual(['alone'])
  })

  // An editor that saves in place truncates, then writes; the watcher may report the truncation alone.
  it('re-reads a file found empty once it is written, not the empty file', () => {
    const { dir, project: p } = project(files)
    p.analyze()
    const file = path.join(dir, 'other.ts')
    const truncated = new Int32Array(new SharedArrayBuffer(4))
    const writer = new Worker(
      `const fs = require('node:fs'); const { file, truncated, text } = require('node:worker_threads').workerData
       fs.writeFileSync(file, ''); Atomics.store(truncated, 0, 1); Atomics.notify(truncated, 0)
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 40); fs.writeFileSync(file, text)`,
      { eval: true, workerData: { file, truncated, text: aloneBlocking } },
    )
    Atomics.wait(truncated, 0, 0, 10_000)
    p.update('other.ts')
    expect(multistateNames(p)).toEqual(['alone'])
    return writer.terminate()
  })

  it('takes a file added on disk that nothing imports as a root, and drops it when it is removed', () => {
    const { dir, project: p } = project(files)
    p.analyze()
    fs.writeFileSync(path.join(dir, 'added.ts'), `import { VT_yield } from 'vtify/runtime'\nexport function added(): void {\n  VT_yield()\n}\n`)
    p.update('added.ts')
    expect(multistateNames(p)).toEqual(['added'])
    fs.rmSync(path.join(dir, 'added.ts'))
    p.update('added.ts')
    expect(multistateNames(p)).toEqual([])
    expect(p.input.rootNames).not.toContain(path.join(dir, 'added.ts'))
  })

  it('reads an edited tsconfig again: its new options (a `paths` alias moved) resolve imports anew; one that no longer parses changes nothing', () => {
    const tsconfig = (io: string): string => JSON.stringify({ compilerOptions: { strict: true, paths: { '#io': [io] } } })
    const { dir, project: p } = project({
      ...files,
      'blocking-io.ts': `import { VT_yield } from 'vtify/runtime'\nexport function step(): number {\n  VT_yield()\n  return 1\n}\n`,
      'main.ts': `import { step } from '#io'\nexport function run(): number {\n  return step()\n}\n`,
      'tsconfig.json': tsconfig('./io.ts'),
    })
    expect(multistateNames(p)).toEqual(['step']) // blocking-io.ts's
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig('./blocking-io.ts'))
    p.update('tsconfig.json')
    expect(multistateNames(p)).toEqual(['run', 'step'])
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ compilerOptions')
    expect(() => p.update('tsconfig.json')).toThrow(/tsconfig\.json: /)
    expect(multistateNames(p)).toEqual(['run', 'step'])
    // A cache entry of this build records the tsconfig it was made from: a new process misses, and reads the broken one.
    expect(changedInputs(programInputs(p))).toEqual([path.join(dir, 'tsconfig.json')])
  })
  it('a program of part of the project that holds no file yet prepares what the first edit reads: libraries, the runtime', () => {
    const { dir, project: first } = project(files)
    first.analyze()
    const p = new Project(resolveInput(dir))
    p.analyzer.seed(
      first.analyzer.entries(),
      first
        .getProgram()
        .getSourceFiles()
        .map((sf) => sf.fileName),
    )
    p.limitTo([])
    p.analyze()
    expect(p.getProgram().getSourceFiles()).toEqual([])
    p.prepareLibraries()
    p.update('io.ts', files['io.ts'].replace('return 1', 'VT_yield()\n  return 1'))
    // The runtime's declarations come parsed and bound (TypeScript's binder sets `locals`, an
    // internal field) before this program's checker exists: the host kept the prepared ones.
    const runtime = p
      .getProgram()
      .getSourceFiles()
      .filter((sf) => sf.fileName.includes('runtime'))
    expect(runtime.length).toBeGreaterThan(0)
    expect(runtime.every((sf) => (sf as ts.SourceFile & { locals?: unknown }).locals !== undefined)).toBe(true)
    expect(multistateNames(p)).toEqual(['run', 'step'])
  })

  it('from a seed, a program of part of the project reads the edited file and what it imports, and grows without new phases', () => {
    const { dir, project: first } = project(files)
    first.analyze()
    const seed = first.analyzer.entries()
    const outsideRead = first
      .getProgram()
      .getSourceFiles()
      .map((sf) => sf.fileName)
    fs.writeFileSync(path.join(dir, 'main.ts'), `// edited\n${files['main.ts']}`)
    const p = new Project(resolveInput(dir))
    p.analyzer.seed(seed, outsideRead)
    p.limitTo([path.join(dir, 'main.ts')])
    const model = p.analyze()
    const read = (): string[] =>
      p
        .getProgram()
        .getSourceFiles()
        .map((sf) => path.basename(sf.fileName))
        .filter((name) => !name.startsWith('lib.'))
    expect(read()).not.toContain('other.ts')
    expect(read()).toContain('io.ts')
    expect(model).toEqual(new Project(resolveInput(dir)).analyze())
    expect(p.include([path.join(dir, 'other.ts')])).toBe(true)
    expect(p.analyze()).toBe(model)
    expect(read()).toContain('other.ts')
    expect(p.analyzer.lastStats).toMatchObject({ files: 3, extracted: 0, relocated: 0 })
  })
})
