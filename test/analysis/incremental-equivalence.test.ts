// The incremental analysis must give exactly the model a fresh analysis gives, whatever the edit:
// edits that keep a file's surface (dependents' facts are moved, not re-extracted) and edits that
// change it (dependents are extracted again). And so must an analyzer of a new process seeded with
// what the analysis before the edit saved (Analyzer.seed: the persistent cache across builds).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Project, resolveInput, type FileEntry } from '../../compiler/index.js'
import { fixture } from './summary.js'

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-equivalence-'))
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))

interface Edit {
  file: string
  change: (text: string) => string
}

function copyFixture(name: string): string {
  const dir = path.join(temp, name)
  fs.cpSync(fixture(name), dir, { recursive: true })
  return dir
}

/**
 * Applies edits one by one to an incremental project and compares with a fresh analysis each time;
 * also, for an edit of a project source, with a new project seeded with the entries saved before it
 * (a declaration file or a package edited voids a seed: the plugin's cache checks them), reading
 * the whole program or only part of it (Project.limitTo). And a project seeded before the first
 * edit follows them all with programs of part of the project, as a watcher or the dev server does
 * after starting from the cache: each source edited joins the part; anything else makes the
 * programs whole.
 */
function checkEdits(name: string, edits: Edit[]): { extracted: number[]; relocated: number[] } {
  const dir = copyFixture(name)
  const project = new Project(resolveInput(dir))
  project.analyze()
  const chained = new Project(resolveInput(dir))
  chained.analyzer.seed(JSON.parse(JSON.stringify(project.analyzer.entries())) as FileEntry[], filesRead(project))
  chained.limitTo([])
  expect(chained.partial).toBe(true)
  const stats = { extracted: [] as number[], relocated: [] as number[] }
  for (const edit of edits) {
    const saved = JSON.parse(JSON.stringify(project.analyzer.entries())) as FileEntry[]
    const read = filesRead(project)
    const file = path.join(dir, edit.file)
    const text = edit.change(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, text)
    project.update(edit.file, text)
    const incremental = project.analyze()
    stats.extracted.push(project.analyzer.lastStats.extracted)
    stats.relocated.push(project.analyzer.lastStats.relocated)
    const fresh = new Project(resolveInput(dir)).analyze()
    expect(incremental, `${name} after editing ${edit.file}`).toEqual(fresh)
    const outside = /\.d\.ts$|node_modules/.test(edit.file)
    const wasPartial = chained.partial
    chained.update(edit.file, text)
    expect(chained.analyze(), `${name} from programs of part of the project, after editing ${edit.file}`).toEqual(fresh)
    expect(chained.partial).toBe(wasPartial && !outside)
    const declarations = edit.file.endsWith('.d.ts')
    const { lastRevised, lastStats } = project.analyzer
    expect(lastRevised, 'the files whose facts were extracted').toHaveLength(lastStats.extracted)
    if (!declarations) expect(lastRevised).toContain(edit.file)
    if (declarations) continue
    const seeded = new Project(resolveInput(dir))
    seeded.analyzer.seed(saved, read)
    expect(seeded.analyze(), `${name} seeded, after editing ${edit.file}`).toEqual(fresh)
    const { extracted, relocated } = project.analyzer.lastStats
    expect(seeded.analyzer.lastStats, `${name} seeded: the same work as in one process`).toMatchObject({ extracted, relocated })
    // A build after an edit reads the edited file and what it imports; the program grows when
    // the edit reaches files outside it.
    const part = new Project(resolveInput(dir))
    part.analyzer.seed(saved, read)
    part.limitTo([file])
    expect(part.analyze(), `${name} seeded, from a program of the edited file`).toEqual(fresh)
    expect(part.partial).toBe(true)
  }
  return stats
}

/** What the project's program read: what a seed of its entries vouches for (the plugin's cache records it). */
function filesRead(project: Project): string[] {
  return project
    .getProgram()
    .getSourceFiles()
    .map((sf) => sf.fileName)
}

const prepend = (s: string) => (text: string) => s + text
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to)
  if (out === text) throw new Error(`edit did not apply: ${String(from)}`)
  return out
}

describe('incremental analysis equals a fresh analysis', () => {
  it('a change to a module augmentation re-extracts the files that see the augmented module', () => {
    checkEdits('module-augmentation', [
      { file: 'aug.ts', change: replace('cb: (x: number) => number', 'cb: number') },
      { file: 'aug.ts', change: replace('cb: number', 'cb: (x: number) => number') },
      // The augmented view of Options, for a file that changed while aug.ts did not.
      { file: 'main.ts', change: prepend('// edited\n') },
    ])
  })

  it("a body that assigns to an imported function declaration's name changes what its importers call", () => {
    const assignment = '  // @ts-expect-error assigning to a function\n  notBlocking = readByte\n'
    const edits = checkEdits('imports-named', [
      { file: 'io.ts', change: replace('  const b = new Uint8Array(1)\n', `  const b = new Uint8Array(1)\n${assignment}`) },
      { file: 'io.ts', change: replace(assignment, '') },
    ])
    // The edit is inside a body whose return type is written: only the list of names assigned
    // to, kept in io.ts's surface, makes main.ts (whose idle() now may block) be extracted again.
    expect(edits.extracted).toEqual([2, 2])
  })

  it('a package declaring globals, imported and no longer imported: every file sees its types come and go', () => {
    checkEdits('global-package', [
      { file: 'other.ts', change: prepend("import 'madepkg'\n") },
      { file: 'other.ts', change: replace("import 'madepkg'\n", '') },
      { file: 'other.ts', change: prepend("import 'madepkg'\n") },
    ])
  })

  it('programs of part of the project see a package the part reads change on disk unannounced (a re-install)', () => {
    const dir = copyFixture('library-types')
    fs.writeFileSync(path.join(dir, 'other.ts'), 'export const other = 1\n')
    const whole = new Project(resolveInput(dir))
    whole.analyze()
    const chained = new Project(resolveInput(dir))
    chained.analyzer.seed(whole.analyzer.entries(), filesRead(whole))
    chained.limitTo([])
    const edit = (file: string, text: string): void => {
      fs.writeFileSync(path.join(dir, file), text)
      chained.update(file, text)
      expect(chained.analyze(), `after editing ${file}`).toEqual(new Project(resolveInput(dir)).analyze())
    }
    edit('main.ts', `// edited\n${fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')}`)
    // main.ts, in the part now, reads the package; the package changes, then another file is edited.
    const declarations = path.join(dir, 'node_modules/handlers/index.d.ts')
    fs.writeFileSync(declarations, fs.readFileSync(declarations, 'utf8').replace('(x: number) => number', '{ n: number }'))
    edit('other.ts', 'export const other = 2\n')
    expect(chained.partial).toBe(true)
  })

  it('a change to an installed package re-extracts the files whose facts depend on its types', () => {
    // No project file changes: only the package does (as in a re-install under a dev server).
    checkEdits('library-types', [
      { file: 'node_modules/handlers/index.d.ts', change: replace('(x: number) => number', '{ n: number }') },
      { file: 'node_modules/handlers/index.d.ts', change: replace('{ n: number }', '(x: number) => number') },
    ])
  })

  it('surface-preserving edits move dependents instead of re-extracting them', () => {
    const stats = checkEdits('imports-named', [
      { file: 'io.ts', change: prepend('\n\n// a comment\n') },
      { file: 'io.ts', change: replace('return 0', 'const zero = 0\n  return zero') },
      { file: 'io.ts', change: replace('const b = new Uint8Array(1)', 'const b = new Uint8Array(2)') },
    ])
    expect(stats.extracted).toEqual([1, 1, 1])
    expect(stats.relocated).toEqual([1, 1, 1])
  })

  it('an edit that makes a function multistate is seen by its callers in other files', () => {
    checkEdits('imports-named', [
      {
        file: 'io.ts',
        change: replace('export function notBlocking(): number {\n', 'export function notBlocking(): number {\n  VT_read({}, new Uint8Array(1))\n'),
      },
      { file: 'main.ts', change: prepend('// edited\n') },
      { file: 'io.ts', change: replace('  VT_read({}, new Uint8Array(1))\n', '') },
    ])
  })

  it('edits that change a surface re-extract dependents: annotations, names, inferred types', () => {
    const stats = checkEdits('interface-dispatch', [
      { file: 'impl.ts', change: replace('handle(ch: object): number {', 'handle(ch: object): number | undefined {') },
      { file: 'handler.ts', change: replace('handle(ch: object): number', 'handle(ch: object): number\n  close?(): void') },
      { file: 'impl.ts', change: replace('class Quiet implements Handler', 'class Silent implements Handler') },
      { file: 'main.ts', change: replace('return dispatch(new Echo(), {})', 'return dispatch(new Echo(), {}) + viaBase(new Base())') },
    ])
    expect(stats.extracted[1]).toBeGreaterThan(1)
  })

  it('inferred return types: a body edit of an unannotated function re-extracts its dependents', () => {
    checkEdits('function-values', [
      { file: 'main.ts', change: replace('function factory(): () => number {\n  return blocking', 'function factory(): () => number {\n  return quick') },
      { file: 'main.ts', change: replace('table.run = blocking', 'table.run = quick') },
      { file: 'main.ts', change: prepend('\n') },
    ])
  })

  it('inferred types through a chain of imports: a file that refers to nothing in the edited file still follows it', () => {
    checkEdits('transitive-types', [
      { file: 'e.ts', change: replace('export function create() {\n  return 1', 'export function create() {\n  return blocking') },
      { file: 'e.ts', change: replace('export function create() {\n  return blocking', 'export function create() {\n  return 1') },
    ])
  })

  it('cross-module cycles appear and disappear with edits in either file', () => {
    checkEdits('recursion-cross-module', [
      { file: 'pong.ts', change: replace('  ping(n)\n', '  void n\n') },
      { file: 'ping.ts', change: prepend('// moved\n') },
      { file: 'pong.ts', change: replace('  void n\n', '  ping(n)\n') },
    ])
  })

  it('a global script: files that use its globals without importing it follow its edits', () => {
    const stats = checkEdits('global-script', [
      { file: 'globals.ts', change: replace('function create() {\n  return 1', 'function create() {\n  return quick') },
      { file: 'globals.ts', change: replace('function create() {\n  return quick', 'function create() {\n  return 1') },
      // Under a written return type the surface stays: as cheap as a module body edit.
      { file: 'globals.ts', change: replace('return 2', 'return 3') },
      // A file that calls a global of the script, changed while the script did not.
      { file: 'make.ts', change: prepend('// edited\n') },
    ])
    expect(stats.extracted).toEqual([3, 3, 1, 1])
  })

  it('declare global and a global declaration file: files that use their types without importing them follow their edits', () => {
    checkEdits('global-declarations', [
      { file: 'types.ts', change: replace('type Made = () => number', 'type Made = { name: string }') },
      // Files whose view of make() and hand() follows the global types, changed while the files
      // declaring them did not: a program of part of the project must hold those files too.
      { file: 'main.ts', change: prepend('// edited\n') },
      { file: 'types.ts', change: replace('type Made = { name: string }', 'type Made = () => number') },
      { file: 'globals.d.ts', change: replace('type Handed = () => number', 'type Handed = { name: string }') },
      { file: 'main.ts', change: prepend('// edited again\n') },
      { file: 'globals.d.ts', change: replace('type Handed = { name: string }', 'type Handed = () => number') },
    ])
  })
})
