// Real packages run as virtual threads, against themselves run plainly. Each package of
// real-packages/packages.ts is copied twice: as shipped, and with `VT_yield();` first in every
// function and loop body, pruned (real-packages/prune.ts) until vtify accepts it — so that the functions left
// really suspend at each call, with their locals, closures, `this` and exceptions carried in
// continuations. The package's exercise runs once plainly and compiled in three threads at once;
// all must print the same. test262 checks the language construct by construct; this checks
// code nobody wrote for vtify, as it was written (real-code.test.ts only checks that such code
// compiles into something that parses).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inspect } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { Injection } from './real-packages/injection.js'
import { PACKAGES, type RealPackage } from './real-packages/packages.js'
import { prune } from './real-packages/prune.js'

const REPO = path.resolve(import.meta.dirname, '../..')
const RUNTIME = path.join(REPO, 'runtime/index.ts')
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-real-packages-'))
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))

interface Runtime {
  VT_run(fn: unknown): Promise<unknown>
  VT_stats(): { throws: number }
}

/** The package's modules as copied: module name → text. */
function modulesOf(pkg: RealPackage): Map<string, string> {
  const modules = new Map<string, string>()
  for (const [name, from] of Object.entries(pkg.files)) {
    const source = path.join(REPO, 'node_modules', from)
    const files = from.endsWith('/') ? fs.readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f)) : ['']
    for (const file of files) {
      // Without the shipped source map's comment: the copy has no map beside it.
      let text = fs.readFileSync(path.join(source, file), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '')
      for (const [shipped, copied] of pkg.rewrite) text = text.replaceAll(shipped, copied)
      modules.set(name + file, text)
    }
  }
  return modules
}

function writeAll(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
}

/** Everything the exercise returned, classes and all, as one comparable text. */
const printed = (value: unknown): string => inspect(value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: 120 })

describe('real packages, every function suspending, against themselves', () => {
  it.each(PACKAGES.map((p) => [p.name, p] as const))(
    '%s',
    async (name, pkg) => {
      const modules = modulesOf(pkg)
      const exercises = path.join(import.meta.dirname, 'real-packages/exercises')
      const exercise = new Map([
        ['exercise.js', fs.readFileSync(path.join(exercises, `${name}.js`), 'utf8')],
        ['attempt.js', fs.readFileSync(path.join(exercises, 'attempt.js'), 'utf8')],
      ])
      const plainDir = path.join(temp, name, 'plain')
      writeAll(plainDir, new Map([...modules, ...exercise]))

      const injections = [...modules].map(([file, text]) => new Injection(file, text))
      const pruned = prune(path.join(temp, name, 'src'), injections, exercise, RUNTIME)
      expect(pruned.multistate, 'the functions left multistate').toBeGreaterThanOrEqual(pkg.minMultistate)
      const outDir = path.join(temp, name, 'out')
      writeAll(outDir, pruned.outputs)

      const plain = (await import(path.join(plainDir, 'exercise.js'))) as { main(): unknown }
      const compiled = (await import(path.join(outDir, 'exercise.js'))) as { main: unknown }
      const rt = (await import(RUNTIME)) as Runtime
      const expected = printed(plain.main())
      const before = rt.VT_stats().throws
      // Three threads at once, interleaved at every injected VT_yield: each continuation keeps its
      // own state. (An exercise keeps its state local, so that each call computes the same.)
      const threads = await Promise.all([rt.VT_run(compiled.main), rt.VT_run(compiled.main), rt.VT_run(compiled.main)])
      for (const got of threads) expect(printed(got)).toBe(expected)
      // The threads did suspend: every resumption is a throw to a continuation. (Few where
      // recursion kept the package's main path plain: lezer's, pretty-format's.)
      expect(rt.VT_stats().throws - before).toBeGreaterThan(25)
    },
    240_000,
  )
})
