// Shared by the plugin tests: fixture paths, scratch copies of fixtures, the reference output of
// a fixture (the oracle of docs/semantics.md, "Reference semantics"), running a bundle under Node, and bounded waits.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { build, createServer, type PluginOption, type Rolldown, type ViteDevServer } from 'vite'
import vtify from '../../plugin/index.js'
import type { BuildView } from '../../plugin/view.js'
import { buildBoth, runProgram, runtimes } from '../transform/harness.js'

export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures')
export const REPO = path.resolve(import.meta.dirname, '../..')
/** The runtime's source: Vite compiles it like any dependency (no `npm run build` needed). */
export const RUNTIME_SOURCE = path.join(REPO, 'runtime/index.ts')

/** The runtime as published (after `npm run build`): package.json's `browser` field maps its files. */
export const RUNTIME_DIST = path.join(REPO, 'dist/runtime/index.js')

/**
 * `vite build` of `entry` under `root` into `outDir`, with vtify() and the runtime from its source
 * (or, with `runtime`, from that file): an ES library for the web (for Node with `ssr`),
 * unminified (the bundler marks each module it took); `logs` collects what the bundler reports.
 */
export async function viteLibBuild(
  root: string,
  entry: string,
  outDir: string,
  options: { logs?: string[]; sourcemap?: boolean; runtime?: string; ssr?: boolean } = {},
): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [vtify()],
    resolve: { alias: { 'vtify/runtime': options.runtime ?? RUNTIME_SOURCE } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      ssr: options.ssr ?? false,
      sourcemap: options.sourcemap ?? false,
      lib: { entry, formats: ['es'], fileName: 'main' },
      rolldownOptions: { onLog: (_level: Rolldown.LogLevel, log: Rolldown.RollupLog) => void options.logs?.push(log.message) },
    },
  })
}

/**
 * A Vite dev server on 127.0.0.1 over `root`, with `plugin` (the dev server's compiler runs on a
 * worker thread, which loads the built plugin: pass dist's) and the runtime from its source;
 * with its base URL. Closed by the caller.
 */
export async function devServer(root: string, plugin: PluginOption): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [plugin],
    resolve: { alias: { 'vtify/runtime': RUNTIME_SOURCE } },
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  await server.listen()
  const { port } = server.httpServer!.address() as { port: number }
  return { server, base: `http://127.0.0.1:${port}` }
}

/** A scratch directory holding `files` (name → text); removed by the caller. */
export function scratch(files: Readonly<Record<string, string>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-plugin-'))
  for (const [name, text] of Object.entries(files)) write(dir, name, text)
  return dir
}

export function write(dir: string, name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
  fs.writeFileSync(path.join(dir, name), text)
}

/** What the fixture's `main(log)` logs under the reference semantics, ending with its outcome. */
export async function referenceLog(fixture: string, mainFile: string): Promise<string[]> {
  const built = buildBoth(fixture)
  if (built.diagnostics.length > 0) throw new Error(`fixture ${fixture} has diagnostics`)
  return runProgram(built.oracle, mainFile, runtimes.oracle)
}

/** Run a JavaScript file with Node; its stdout lines. */
export async function runNode(file: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 10_000 })
  return stdout.trimEnd().split('\n')
}

/** Poll `probe` until it returns a value, at most `ms` milliseconds. */
export async function eventually<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A fixture in two versions: `step` single-state, then multistate (so `worker`'s output changes). */
export const STATUS_CHANGE = {
  files: {
    'worker.ts': "import { step } from './step.ts'\n\nexport function worker(): number {\n  return step() + 1\n}\n",
    'step.ts': 'export function step(): number {\n  return 1\n}\n',
  },
  multistateStep: "import { VT_yield } from 'vtify/runtime'\n\nexport function step(): number {\n  VT_yield()\n  return 1\n}\n",
} as const

/** The tsconfig of a scratch program whose sources are under src/ and import each other as `./x.ts`. */
export const SRC_TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', noEmit: true, allowImportingTsExtensions: true },
  include: ['src'],
})

/** Everything a build gives that the bundler or the CLI passes on: every module's outcome, errors, warnings, the summary without where the build came from. */
export function buildSnapshot(view: BuildView): unknown {
  const modules = view.modules().map((module) => [module, view.outcome(path.join(view.root, module))])
  return { modules, errors: view.errors(), warnings: view.warnings(), summary: view.summary().replace(/ \(.*\)$/, '') }
}
