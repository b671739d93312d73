// `vtify build`: the corpus compiled to plain JavaScript runs under Node on the built runtime
// (the output imports 'vtify/runtime', resolved through the package's own exports).

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../cli/main.js'

const CORPUS = path.resolve(import.meta.dirname, 'corpus')
// Inside the package (not in node_modules) so that 'vtify/runtime' resolves to dist/runtime.
const OUT = path.resolve(import.meta.dirname, `.build-${process.pid}`)

function sink(): NodeJS.WritableStream & { text: string } {
  const s = { text: '', write: (chunk: string) => ((s.text += chunk), true) }
  return s as unknown as NodeJS.WritableStream & { text: string }
}

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }))

describe('vtify build', () => {
  it('writes one .js per module, runnable under Node', async () => {
    const out = sink()
    expect(await main(['build', CORPUS, '-o', OUT], out, sink())).toBe(0)
    expect(out.text).toMatch(/modules written to/)
    expect(fs.readFileSync(path.join(OUT, 'cross-module.js'), 'utf8')).toContain('from "./_helper.js"')
    // One string: console.log colours a number when FORCE_COLOR is set (as CI may).
    const script = `import { VT_run } from 'vtify/runtime'; import { main } from './figure2.js'; const log = []; console.log(\`\${await VT_run(main, log)} \${log.join(' ')}\`)`
    fs.writeFileSync(path.join(OUT, 'run.mjs'), script)
    const printed = execFileSync(process.execPath, [path.join(OUT, 'run.mjs')], { encoding: 'utf8' })
    expect(printed.trim()).toBe('24 function2(3) function2(9)') // 6 + function2(3 + 6)
  })

  it('writes a source map beside each module, naming its original file', async () => {
    expect(await main(['build', CORPUS, '-o', OUT], sink(), sink())).toBe(0)
    const js = fs.readFileSync(path.join(OUT, 'figure2.js'), 'utf8')
    expect(js.trimEnd().split('\n').at(-1)).toBe('//# sourceMappingURL=figure2.js.map')
    const map = JSON.parse(fs.readFileSync(path.join(OUT, 'figure2.js.map'), 'utf8')) as { file: string; sources: string[]; sourcesContent: string[] }
    expect(map.file).toBe('figure2.js')
    expect(map.sources.map((s) => path.resolve(OUT, s))).toEqual([path.join(CORPUS, 'figure2.ts')])
    expect(map.sourcesContent).toEqual([fs.readFileSync(path.join(CORPUS, 'figure2.ts'), 'utf8')])
  })

  it('copies imported JSON beside the modules instead of transforming it', async () => {
    // Inside the package, like OUT: the output's 'vtify/runtime' resolves to dist/runtime.
    const dir = `${OUT}-json`
    fs.mkdirSync(dir, { recursive: true })
    try {
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'nodenext', resolveJsonModule: true, strict: true }, files: ['main.ts'] }),
      )
      fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ greeting: 'hello' }))
      fs.writeFileSync(
        path.join(dir, 'main.ts'),
        [
          "import { VT_run, VT_yield } from 'vtify/runtime'",
          "import settings from './settings.json' with { type: 'json' }",
          'function greet(): string {',
          '  VT_yield()',
          '  return settings.greeting',
          '}',
          'console.log(await VT_run(greet))',
        ].join('\n'),
      )
      const out = sink()
      expect(await main(['build', path.join(dir, 'tsconfig.json'), '-o', path.join(dir, 'out')], out, sink())).toBe(0)
      expect(out.text).toMatch(/1 module written to .* \(and 1 imported JSON file copied\)/)
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/settings.json'), 'utf8'))).toEqual({ greeting: 'hello' })
      expect(execFileSync(process.execPath, [path.join(dir, 'out/main.js')], { encoding: 'utf8' }).trim()).toBe('hello')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  /**
   * Builds `file` (`lines`, then a run of its `work` printing the result and `log`), with `others`
   * beside it, in a directory of its own (in the package, like OUT) and runs it: what it printed.
   */
  async function buildAndRun(
    name: string,
    compilerOptions: object,
    lines: readonly string[],
    file = 'main.ts',
    others: Record<string, string> = {},
  ): Promise<string> {
    const dir = `${OUT}-${name}`
    fs.mkdirSync(dir, { recursive: true })
    try {
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, ...compilerOptions }, files: [file] }))
      for (const [other, text] of Object.entries(others)) fs.writeFileSync(path.join(dir, other), text)
      const run = 'console.log(`${await VT_run(work)}: ${log.join(", ")}`)'
      fs.writeFileSync(path.join(dir, file), ["import { VT_run, VT_yield } from 'vtify/runtime'", 'const log: string[] = []', ...lines, run].join('\n'))
      expect(await main(['build', dir, '-o', path.join(dir, 'out')], sink(), sink())).toBe(0)
      return execFileSync(process.execPath, [path.join(dir, 'out/main.js')], { encoding: 'utf8' }).trim()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }

  it('writes decorators, `accessor` fields and `using` as TypeScript does: JavaScript Node runs, without helpers from a package', async () => {
    const printed = await buildAndRun('emit', {}, [
      'function tc39(value: unknown, context: ClassMethodDecoratorContext) {',
      '  log.push(`decorated ${context.kind} ${String(context.name)}`)',
      '  return value',
      '}',
      'class Res {',
      '  constructor(readonly name: string) {}',
      '  [Symbol.dispose]() { log.push(`disposed ${this.name}`) }',
      '}',
      'class A {',
      '  @tc39 m() { return 1 }',
      '  accessor n = 2',
      '}',
      'function held(): void {',
      "  using r = new Res('r')",
      "  log.push('in the block')",
      '}',
      'function work(): number {',
      '  VT_yield()',
      '  held()',
      '  const a = new A()',
      '  a.n = 5',
      '  log.push(`accessor ${a.n}`)',
      '  return a.m()',
      '}',
    ])
    expect(printed).toBe('1: decorated method m, in the block, disposed r, accessor 5')
  })

  it("follows the tsconfig's experimentalDecorators (legacy decorators) and useDefineForClassFields: false (fields assigned, as through a setter)", async () => {
    const printed = await buildAndRun('legacy', { experimentalDecorators: true, useDefineForClassFields: false }, [
      'function legacy(target: object, key: string, descriptor: PropertyDescriptor): void {',
      '  log.push(`decorated ${key} ${typeof descriptor.value}`)',
      '}',
      'class Base {',
      '  set x(v: number) { log.push(`set ${v}`) }',
      '}',
      'class Fields extends Base {',
      '  x = 1',
      '}',
      'class A {',
      '  @legacy m() { return 1 }',
      '}',
      'function work(): number {',
      '  VT_yield()',
      '  new Fields()',
      '  return new A().m()',
      '}',
    ])
    expect(printed).toBe('1: decorated m function, set 1')
  })

  it("writes JSX as the tsconfig's `jsx` options say (the classic runtime: the factory it names)", async () => {
    const printed = await buildAndRun(
      'jsx',
      { jsx: 'react', jsxFactory: 'h' },
      [
        'function h(tag: string, _props: unknown, ...children: unknown[]): string {',
        '  return `<${tag}>${children.join("")}</${tag}>`',
        '}',
        'declare global {',
        '  namespace JSX {',
        '    interface IntrinsicElements { b: unknown }',
        '  }',
        '}',
        'function work(): string {',
        '  VT_yield()',
        "  log.push('rendered')",
        '  return (<b>hi</b>) as unknown as string',
        '}',
      ],
      'main.tsx',
    )
    expect(printed).toBe('<b>hi</b>: rendered')
  })

  it('keeps an import its module uses for nothing under verbatimModuleSyntax, as TypeScript does (its side effects run)', async () => {
    const side = { 'side.ts': "(globalThis as { side?: string }).side = 'imported'\nexport const unused = 1\n" }
    const lines = [
      "import { unused } from './side.js'",
      'function work(): string {',
      '  VT_yield()',
      '  return String((globalThis as { side?: string }).side)',
      '}',
    ]
    expect(await buildAndRun('verbatim', { verbatimModuleSyntax: true, module: 'esnext' }, lines, 'main.ts', side)).toBe('imported:')
    expect(await buildAndRun('elided', {}, lines, 'main.ts', side)).toBe('undefined:')
  })

  it('reports diagnostics with a code frame and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(OUT + '-bad'))
    fs.writeFileSync(
      path.join(dir, 'main.ts'),
      `import { VT_yield } from 'vtify/runtime'\nexport const o = { [String('K')]: class {\n  #f() {\n    VT_yield()\n  }\n  run() {\n    this.#f()\n  }\n} }\n`,
    )
    const err = sink()
    try {
      expect(await main(['build', dir, '-o', path.join(dir, 'out')], sink(), err)).toBe(1)
      expect(err.text).toMatch(/main\.ts:3:3 - error VT2001/)
      expect(err.text).toMatch(/> 3 \| {3}#f\(\) \{/)
      expect(fs.existsSync(path.join(dir, 'out'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('prints a warning (VT3002) with its code frame, and still writes a program that runs', async () => {
    const fixture = path.resolve(import.meta.dirname, '../plugin/fixtures/unchecked-follow')
    const dir = path.join(OUT, 'warning')
    const out = sink()
    const err = sink()
    expect(await main(['build', fixture, '-o', dir, '--no-cache'], out, err)).toBe(0)
    expect(err.text).toMatch(/^src\/entry\.ts:8:3 - warning VT3002: input \(any\) is live across VT_follow in main\(\), and it is typed any: /)
    expect(err.text).toMatch(/> +8 \| {3}VT_follow\(stage\)\n +\| {3}\^{16}\n/)
    expect(out.text).toMatch(/^vtify build: 1 module written to .*, 1 warning\n/)
    expect(execFileSync(process.execPath, [path.join(dir, 'src/entry.js')], { encoding: 'utf8' }).trim()).toBe('done {"n":1}')
    const report = sink()
    expect(await main(['analyze', fixture, '--no-cache'], report, sink())).toBe(0)
    expect(report.text).toMatch(/src\/entry\.ts:8:3 - warning VT3002: /)
    expect(report.text).toMatch(/0 errors, 1 warning\n$/)
  })

  it('needs an output directory', async () => {
    const err = sink()
    expect(await main(['build', CORPUS], sink(), err)).toBe(2)
    expect(err.text).toMatch(/-o <outdir>/)
  })
})
