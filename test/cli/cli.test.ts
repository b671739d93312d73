// The vtify command's own surface: --version, help per command, `build` served from the cache
// (byte for byte the uncached output) with the plugin's closing line, `analyze` served from the
// cache, and `build --watch`.

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBuild } from '../../cli/build.js'
import { main } from '../../cli/main.js'
import { STATUS_CHANGE, eventually, scratch, write } from '../plugin/harness.js'

function sink(): NodeJS.WritableStream & { text: string } {
  const s = { text: '', write: (chunk: string) => ((s.text += chunk), true) }
  return s as unknown as NodeJS.WritableStream & { text: string }
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function project(): string {
  const dir = scratch({
    ...STATUS_CHANGE.files,
    'main.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function main(): number {\n  VT_yield()\n  return 2\n}\n",
  })
  dirs.push(dir)
  return dir
}

/** Every file under `dir` with its text. */
function tree(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile())
  return Object.fromEntries(files.sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]))
}

describe('vtify command', () => {
  it("--version prints vtify's and TypeScript's versions", async () => {
    const out = sink()
    expect(await main(['--version'], out, sink())).toBe(0)
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }
    expect(out.text).toMatch(new RegExp(`^vtify ${pkg.version.replace(/\./g, '\\.')} \\(TypeScript \\d+\\.\\d+\\.\\d+.*\\)\\n$`))
  })

  it("prints each command's help with --help and with vtify help <command>", async () => {
    for (const argv of [
      ['build', '--help'],
      ['help', 'build'],
    ]) {
      const out = sink()
      expect(await main(argv, out, sink())).toBe(0)
      expect(out.text).toContain('--watch')
      expect(out.text).toContain('--no-cache')
    }
    const out = sink()
    expect(await main(['analyze', '-h'], out, sink())).toBe(0)
    expect(out.text).toContain('--json')
    expect(out.text).not.toContain('--watch')
  })

  it("build: the second build comes from the cache, its files byte for byte the uncached build's", async () => {
    const dir = project()
    // Outside the project directory (one inside it: the next test).
    const outputs = scratch({})
    dirs.push(outputs)
    const cacheDir = path.join(outputs, 'cache')
    const uncached = path.join(outputs, 'uncached')
    const cached = path.join(outputs, 'cached')
    expect(await main(['build', dir, '-o', uncached, '--no-cache'], sink(), sink())).toBe(0)
    const first = sink()
    expect(await main(['build', dir, '-o', cached, '--cache-dir', cacheDir], first, sink())).toBe(0)
    expect(first.text).toMatch(/^vtify build: 3 modules written to .*\nvtify: 1 multistate function in 1 of 3 modules, .*\(compiled: nothing cached yet\)\n$/)
    fs.rmSync(cached, { recursive: true })
    const second = sink()
    expect(await main(['build', dir, '-o', cached, '--cache-dir', cacheDir], second, sink())).toBe(0)
    expect(second.text).toContain('(from the cache: nothing it was built from changed)')
    expect(tree(cached)).toEqual(tree(uncached))
    expect(tree(cached)['main.js']).toContain('function main$sm(k)')
  })

  it('build into a directory of the project: what it wrote is never read as sources (tsc leaves out its outDir too)', async () => {
    const dir = project()
    const outDir = path.join(dir, 'out')
    const runs = []
    for (let n = 0; n < 3; n++) {
      const out = sink()
      expect(await main(['build', dir, '-o', outDir, '--cache-dir', path.join(dir, 'cache')], out, sink())).toBe(0)
      runs.push(out.text)
    }
    // The second build misses (out/ appeared in the project's listing), compiles the same three modules, and the third reads it.
    expect(runs.map((text) => text.match(/in \d+ of \d+ modules/)?.[0])).toEqual(['in 1 of 3 modules', 'in 1 of 3 modules', 'in 1 of 3 modules'])
    expect(runs[2]).toContain('(from the cache: nothing it was built from changed)')
    expect(Object.keys(tree(outDir))).toEqual(['main.js', 'main.js.map', 'step.js', 'step.js.map', 'worker.js', 'worker.js.map'])
  })

  it('build of a program with files outside its root writes them inside outdir, mirroring their common directory as tsc does', async () => {
    const dir = scratch({
      'app/tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022' },
        include: ['src', '../shared'],
      }),
      'app/src/main.ts': "import { step } from '../../shared/step.js'\n\nexport function main(): number {\n  return step() + 1\n}\n",
      'shared/step.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function step(): number {\n  VT_yield()\n  return 1\n}\n",
    })
    dirs.push(dir)
    const outDir = path.join(dir, 'app/out')
    expect(await main(['build', path.join(dir, 'app'), '-o', outDir, '--no-cache'], sink(), sink())).toBe(0)
    expect(Object.keys(tree(outDir))).toEqual(['app/src/main.js', 'app/src/main.js.map', 'shared/step.js', 'shared/step.js.map'])
    // Relative to the root alone, shared/step.ts went to app/out/../shared: beside outdir.
    expect(fs.existsSync(path.join(dir, 'app/shared'))).toBe(false)
    expect(fs.readFileSync(path.join(outDir, 'app/src/main.js'), 'utf8')).toContain('from "../../shared/step.js"')
  })

  it('analyze: a second run comes from the cache, as the first printed it; an edit is analysed again', async () => {
    const dir = project()
    const cacheDir = scratch({})
    dirs.push(cacheDir)
    const run = async (...args: string[]): Promise<{ out: string; err: string }> => {
      const [out, err] = [sink(), sink()]
      expect(await main(['analyze', dir, '--cache-dir', cacheDir, ...args], out, err)).toBe(0)
      return { out: out.text, err: err.text }
    }
    const first = await run()
    expect(first).toEqual({ out: expect.stringMatching(/^vtify analyze: 3 modules/), err: '' })
    expect(await run()).toEqual({ out: first.out, err: 'vtify analyze: from the cache (nothing the program is made from changed)\n' })
    // JSON is kept apart from the report.
    const json = await run('--json')
    expect(json.err).toBe('')
    expect((await run('--json')).out).toBe(json.out)
    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const edited = await run()
    expect(edited.err).toBe('')
    expect(edited.out).not.toBe(first.out)
    expect(edited.out).toContain('worker  worker.ts')
  })

  it('build --watch rewrites the module whose output an edit of another file changed', async () => {
    const dir = project()
    const outDir = path.join(dir, 'out')
    const out = sink()
    const stop = new AbortController()
    const running = runBuild([dir, '-o', outDir, '--watch', '--no-cache'], out, sink(), stop.signal)
    try {
      await eventually(async () => (fs.existsSync(path.join(outDir, 'worker.js')) ? true : undefined), 20_000, 'the first build')
      expect(fs.readFileSync(path.join(outDir, 'worker.js'), 'utf8')).not.toContain('worker$sm')
      write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
      const worker = await eventually(
        async () => {
          const text = fs.readFileSync(path.join(outDir, 'worker.js'), 'utf8')
          return text.includes('function worker$sm(k)') ? text : undefined
        },
        20_000,
        'worker.js to be rewritten',
      )
      expect(worker).toContain('case 1:')
      expect(out.text).toMatch(/vtify build: 2 modules written to /) // step.js and worker.js, not main.js
    } finally {
      stop.abort()
      expect(await running).toBe(0)
    }
  })

  it('build --watch sees every save of a file saved by renaming a new file over it (sed -i, git checkout, safe saves), in a project under a hidden directory', async () => {
    const dir = path.join(project(), '.hidden', 'project')
    fs.mkdirSync(dir, { recursive: true })
    for (const [name, text] of Object.entries(STATUS_CHANGE.files)) write(dir, name, text)
    write(dir, 'main.ts', 'export function main(): number {\n  return 2\n}\n')
    const outDir = path.join(dir, 'out')
    const stop = new AbortController()
    const running = runBuild([dir, '-o', outDir, '--watch', '--no-cache'], sink(), sink(), stop.signal)
    try {
      await eventually(async () => (fs.existsSync(path.join(outDir, 'main.js')) ? true : undefined), 20_000, 'the first build')
      for (const n of [3, 4, 5]) {
        // Node 20's recursive fs.watch lost the file at the first such save: the second was never seen.
        const temporary = path.join(dir, `.main.ts.${n}.tmp`)
        fs.writeFileSync(temporary, `export function main(): number {\n  return ${n}\n}\n`)
        fs.renameSync(temporary, path.join(dir, 'main.ts'))
        await eventually(
          async () => (fs.readFileSync(path.join(outDir, 'main.js'), 'utf8').includes(`return ${n}`) ? true : undefined),
          20_000,
          `main.js with the save that returns ${n}`,
        )
      }
    } finally {
      stop.abort()
      expect(await running).toBe(0)
    }
  })

  it('build --watch compiles a file added that nothing imports, and follows the tsconfig as it is edited (broken: said, and the build goes on)', async () => {
    const dir = project()
    const tsconfig = (exclude: string[]): string =>
      JSON.stringify({ compilerOptions: { strict: true, allowImportingTsExtensions: true, noEmit: true }, exclude: ['out', ...exclude] })
    write(dir, 'tsconfig.json', tsconfig([]))
    const outDir = path.join(dir, 'out')
    const out = sink()
    const err = sink()
    const stop = new AbortController()
    const running = runBuild([dir, '-o', outDir, '--watch', '--no-cache'], out, err, stop.signal)
    const built = (what: string, line: RegExp): Promise<true> =>
      eventually(async () => ((out.text.match(/^vtify: .*$/gm) ?? []).at(-1)?.match(line) ? true : undefined), 20_000, what)
    try {
      await built('the first build', /in 1 of 3 modules/)
      write(dir, 'extra.ts', "import { VT_yield } from 'vtify/runtime'\n\nexport function extra(): void {\n  VT_yield()\n}\n")
      await built('extra.ts compiled', /in 2 of 4 modules/)
      expect(fs.readFileSync(path.join(outDir, 'extra.js'), 'utf8')).toContain('function extra$sm(k)')
      write(dir, 'tsconfig.json', '{ exclude')
      await eventually(async () => (err.text.includes('tsconfig.json') ? true : undefined), 20_000, 'the broken tsconfig said')
      expect(err.text).toMatch(/vtify build: .*tsconfig\.json: .* \(building on as before the change\)/)
      write(dir, 'tsconfig.json', tsconfig(['extra.ts']))
      await built('extra.ts left out', /in 1 of 3 modules/)
    } finally {
      stop.abort()
      expect(await running).toBe(0)
    }
  })
})
