// README "In a Vite app", followed in an app that create-vite generates (from its templates in
// node_modules, no network) — a new app is on TypeScript 7: the build, the lint config as pasted,
// a thread run by Vitest with the config as pasted, and the editor plugin on vtify's own
// TypeScript 6, found by `vtify tsdk`.

import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TsServer } from '../ts-plugin/tsserver-client.mjs'
import { install, packedVtify, REPO, tempDir } from './install.js'
import { commands, fileBlock, readmeBlocks, type Block } from './readme.js'

const blocks = readmeBlocks('### In a Vite app')
let root: string
let app: string

/** Run a Node script of the app's node_modules in the app; returns its output. */
function run(script: string, args: readonly string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(app, 'node_modules', script), ...args], { cwd: app, encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

function write(block: Block): void {
  const file = path.join(app, block.file!)
  if (block.append) fs.appendFileSync(file, `\n${block.text}`)
  else fs.writeFileSync(file, block.text)
}

beforeAll(() => {
  root = tempDir('vtify-vite-app-')
  const create = commands(blocks).find((c) => c.startsWith('npm create vite@latest '))!
  const [name, ...args] = create.slice('npm create vite@latest '.length).replace(' -- ', ' ').split(' ')
  execFileSync(process.execPath, [path.join(REPO, 'node_modules/create-vite/index.js'), name!, ...args, '--no-interactive'], { cwd: root, stdio: 'ignore' })
  app = path.join(root, name!)
  expect(JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')).devDependencies.typescript).toMatch(/^~7\./)
  expect(commands(blocks)).toContain('npm i -D vtify')
  install(app, packedVtify(), { typescript: '7' })
  for (const file of ['vite.config.ts', 'src/ticker.ts', 'src/main.ts']) write(fileBlock(blocks, file))
}, 120_000)

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

describe('README: vtify in a new Vite app (TypeScript 7)', () => {
  it('builds: the ticker becomes a state machine, and the build says so', () => {
    // `npm run build` is `tsc && vite build`; the test double of TypeScript 7 has no tsc.
    const { status, out } = run('vite/bin/vite.js', ['build'])
    expect(out).toMatch(/vtify: 1 multistate function/)
    expect(status).toBe(0)
    const assets = fs.readdirSync(path.join(app, 'dist/assets')).filter((f) => f.endsWith('.js'))
    const bundle = assets.map((f) => fs.readFileSync(path.join(app, 'dist/assets', f), 'utf8')).join('\n')
    // ticker's state machine, registered with its source positions (for logical stacks): its boundary calls VT_sleep
    expect(bundle).toMatch(/name:`ticker`,file:`src\/ticker\.ts`,lines:\[[\d,]+\],calls:\[[^\]]*`VT_sleep`/)
  }, 120_000)

  it('lints as pasted: no error on the app (its vite.config.ts left out); a recursion is reported', () => {
    write(fileBlock(blocks, 'eslint.config.js'))
    const clean = run('eslint/bin/eslint.js', ['.'])
    expect(clean.out).toBe('')
    expect(clean.status).toBe(0)
    fs.writeFileSync(
      path.join(app, 'src/loop.ts'),
      `import { VT_yield } from 'vtify/runtime'\n\nexport function spin(n: number): void {\n  VT_yield()\n  if (n > 0) spin(n - 1)\n}\n`,
    )
    const found = run('eslint/bin/eslint.js', ['--format', 'json', '.'])
    fs.rmSync(path.join(app, 'src/loop.ts'))
    const messages = (JSON.parse(found.out) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>).flatMap((f) =>
      f.messages.map((m) => `${path.relative(app, f.filePath)}:${m.line} ${m.ruleId}`),
    )
    expect(messages).toEqual(['src/loop.ts:5 vtify/no-multistate-recursion'])
  }, 120_000)

  it('runs a thread in a Vitest test with the config as pasted', () => {
    write(fileBlock(blocks, 'vitest.config.ts'))
    // The README's ticker, run as the text says a test starts a thread, with a stand-in for the element.
    fs.writeFileSync(
      path.join(app, 'src/ticker.test.ts'),
      "import { expect, it } from 'vitest'\nimport { VT_run } from 'vtify/runtime'\nimport { ticker } from './ticker.ts'\n\n" +
        "it('ticks', async () => {\n  const el = { textContent: '' } as HTMLElement\n  await VT_run(ticker, el, 2)\n  expect(el.textContent).toBe('2 s')\n})\n",
    )
    const { status, out } = run('vitest/vitest.mjs', ['run', '--reporter=json'])
    fs.rmSync(path.join(app, 'src/ticker.test.ts'))
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { numPassedTests: number; numTotalTests: number }
    expect([report.numPassedTests, report.numTotalTests]).toEqual([1, 1])
    expect(status).toBe(0)
  }, 120_000)

  it('runs the editor plugin on the TypeScript `vtify tsdk` names', async () => {
    const jsonc = blocks.find((b) => b.lang === 'jsonc')!.text.trim()
    const tsconfig = path.join(app, 'tsconfig.json')
    fs.writeFileSync(tsconfig, fs.readFileSync(tsconfig, 'utf8').replace('"compilerOptions": {', `"compilerOptions": {\n    ${jsonc},`))
    expect(commands(blocks)).toContain('npx vtify tsdk --vscode')
    expect(run('vtify/bin/vtify.js', ['tsdk', '--vscode']).status).toBe(0)
    const tsdk = (JSON.parse(fs.readFileSync(path.join(app, '.vscode/settings.json'), 'utf8')) as Record<string, string>)['typescript.tsdk']!
    expect(tsdk).toBe('node_modules/vtify/node_modules/typescript/lib')
    const server = new TsServer({ tsserver: path.join(app, tsdk, 'tsserver.js'), cwd: app })
    try {
      const file = path.join(app, 'src/ticker.ts')
      const text = fs.readFileSync(file, 'utf8')
      server.notify('open', { file, fileContent: text })
      const before = text.slice(0, text.indexOf('ticker(')).split('\n')
      const info = await server.request<ts.server.protocol.QuickInfoResponseBody>('quickinfo', { file, line: before.length, offset: before.at(-1)!.length + 1 })
      expect(info.documentation).toContain('`ticker` is multistate — 1 state boundary')
    } finally {
      server.close()
    }
  }, 120_000)
})
