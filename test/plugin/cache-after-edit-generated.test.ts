// Builds after edits, generated: a program of several modules linked by imports, direct calls,
// method calls, calls through function values and a thread start, then a seeded sequence of
// edits — a function made multistate or single-state again, a body edit, every position moved,
// an inferred type changed. After each edit a new session builds from the cache entry of the
// build before (reusing facts and outputs, plugin/affected.ts), the entry it writes answers the
// build after it, a watch compilation in one process rebuilds, and a dev server's compilation
// serves every module again: all must equal a build without the cache, module by module.
// VTIFY_EDIT_SEED=<n> replays another sequence.

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildSession } from '../../plugin/session.js'
import { SRC_TSCONFIG, buildSnapshot, scratch, write } from './harness.js'

const SEED = Number(process.env.VTIFY_EDIT_SEED ?? 20261205)
const MODULES = 6
const EDITS = 24

let dir: string | undefined
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

function random(seed: number): (n: number) => number {
  let s = seed >>> 0
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0
    return Math.floor((s / 2 ** 32) * n)
  }
}

/** Module i: the edit points are marked by comments the edits below rewrite. */
function moduleText(i: number, deps: readonly number[]): string {
  const lines = ["import { VT_yield, VT_spawn } from 'vtify/runtime'"]
  for (const d of deps) lines.push(`import { util${d}, step${d}, Worker${d}, shape${d} } from './m${d}.ts'`)
  const dep = deps[0]
  lines.push(
    '',
    `export function util${i}(x: number): number {`,
    '  /*yield*/',
    '  let acc = x',
    `  for (let j = 0; j < 3; j++) acc = (acc * 31 + j) % /*mod*/97`,
    '  return acc',
    '}',
    '',
    `export function shape${i}() {`,
    '  return /*shape*/1',
    '}',
    '',
    `export function step${i}(ch: object, n: number): number {`,
    `  let v = util${i}(n)`,
    ...(dep === undefined ? [] : [`  v += step${dep}(ch, n - 1) + new Worker${dep}().run(n)`, `  v += Number(shape${dep}())`]),
    '  return v',
    '}',
    '',
    `export class Worker${i} {`,
    '  count = 0',
    '  run(n: number): number {',
    `    this.count += util${i}(n)`,
    '    return this.count',
    '  }',
    '}',
    '',
    `export function through${i}(f: (n: number) => number): number {`,
    '  return f(2) + 1',
    '}',
    '',
    `export function viaValue${i}(): number {`,
    `  return through${i}(util${dep ?? i})`,
    '}',
  )
  if (i === 0) lines.push('', 'export function start(): void {', `  VT_spawn(step0, {}, 3)`, '}')
  return `${lines.join('\n')}\n`
}

function program(rand: (n: number) => number): Record<string, string> {
  const files: Record<string, string> = { 'tsconfig.json': SRC_TSCONFIG }
  for (let i = 0; i < MODULES; i++) {
    const deps = i === 0 ? [] : [...new Set([rand(i), rand(i)])]
    files[`src/m${i}.ts`] = moduleText(i, deps)
  }
  return files
}

interface Edit {
  what: string
  apply: (text: string) => string
}

/** The edits that can apply to a module's text as it is now. */
function editsFor(text: string, round: number): Edit[] {
  const edits: Edit[] = [
    { what: 'a body edit', apply: (t) => t.replace(/\/\*mod\*\/\d+/, `/*mod*/${1000 + round}`) },
    { what: 'every position moved', apply: (t) => `// edit ${round}\n${t}` },
    { what: 'an inferred type changed', apply: (t) => t.replace(/\/\*shape\*\/(1|'one')/, (_, v: string) => `/*shape*/${v === '1' ? "'one'" : '1'}`) },
  ]
  if (text.includes('/*yield*/')) edits.push({ what: 'util made multistate', apply: (t) => t.replace('/*yield*/', 'VT_yield() /*yielding*/') })
  else edits.push({ what: 'util single-state again', apply: (t) => t.replace('VT_yield() /*yielding*/', '/*yield*/') })
  return edits
}

describe(`builds after generated edits (VTIFY_EDIT_SEED=${SEED})`, () => {
  it('from the cache and in one process, equal the build without the cache', async () => {
    const rand = random(SEED)
    dir = scratch(program(rand))
    const cacheDir = path.join(dir, 'cache')
    const session = (cache: string | false): BuildSession => new BuildSession({ target: dir!, keepTypes: true, cacheDir: cache })
    ;(await session(cacheDir).current()).summary()
    const watching = await session(false).live()
    watching.result()
    // The dev server's compilation: every module served once, then after each edit only those the
    // edit can change transformed again (the others keep what they were served).
    const serving = await new BuildSession({ target: dir, keepTypes: true, lazy: true, cacheDir: false }).live()
    const served = (): unknown => serving.modules().map((module) => [module, serving.outcome(path.join(dir!, module))])
    served()
    let reused = 0
    for (let round = 0; round < EDITS; round++) {
      const file = `src/m${rand(MODULES)}.ts`
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      const options = editsFor(text, round)
      const edit = options[rand(options.length)]!
      write(dir, file, edit.apply(text))
      const what = `edit ${round}: ${edit.what} in ${file}`
      const fresh = buildSnapshot(await session(false).current())
      const cached = await session(cacheDir).current()
      const summary = cached.summary()
      expect(summary, what).toContain('; from the cache: ')
      reused += Number(/the output of (\d+) of/.exec(summary)?.[1] ?? 0)
      // The entry its first result wrote (a process may end there) answers the next build as it
      // is, with every module's output.
      const next = new BuildSession({ target: dir, keepTypes: true, cacheDir }).withoutCompiling()
      expect(next?.summary(), `${what}, the next build`).toMatch(/\(from the cache: nothing it was built from changed\)$/)
      expect(buildSnapshot(next!), `${what}, the next build`).toEqual(fresh)
      expect(buildSnapshot(cached), what).toEqual(fresh)
      watching.update(path.join(dir, file))
      expect(buildSnapshot(watching), `${what}, in one process`).toEqual(fresh)
      serving.update(path.join(dir, file))
      expect(served(), `${what}, under the dev server`).toEqual((fresh as { modules: unknown }).modules)
    }
    // The test is about reuse: most modules' outputs must have come from the cache.
    expect(reused).toBeGreaterThan((EDITS * MODULES) / 3)
  })
})
