// What of vtify/runtime a bundle takes: only the modules the program's threads use. A page whose
// thread only sleeps must not carry the event loops, the channels and the worker pool along
// (docs/runtime.md §11, "What a bundle takes"); a program that reads lines takes the channels it
// needs, and still no code that moves threads between loops.

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RUNTIME_DIST, runNode, scratch, viteLibBuild } from './harness.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * Bundle `main` (unminified, so the bundler marks each module it took) for the web, or for Node
 * with `ssr`; the bundle's path and the runtime modules in it, named as in runtime/ (`.ts`).
 */
async function bundle(main: string, options: { runtime?: string; ssr?: boolean } = {}): Promise<{ file: string; modules: string[] }> {
  const root = scratch({ 'src/main.ts': main })
  dirs.push(root)
  const outDir = path.join(root, 'out')
  await viteLibBuild(root, 'src/main.ts', outDir, options)
  const [name] = fs.readdirSync(outDir) // main.mjs: the scratch project has no package.json
  const file = path.join(outDir, name!)
  // each module's code follows a comment naming its path (relative to the working directory: the repository's root)
  const modules = [...fs.readFileSync(file, 'utf8').matchAll(/^\/\/ (?:dist\/)?runtime\/(\S+)\.[jt]s$/gm)].map((m) => `${m[1]!}.ts`)
  return { file, modules }
}

const SLEEPER = `import { VT_run, VT_sleep } from 'vtify/runtime'

function ticker(ticks: number): void {
  for (let i = 1; i <= ticks; i++) {
    VT_sleep(1)
    console.log(\`tick \${i}\`)
  }
}

void VT_run(ticker, 3)
`

const LINES = `import { VT_lines, VT_readLine, VT_run } from 'vtify/runtime'

function lines(): void {
  const bytes = new TextEncoder().encode('one\\ntwo\\n')
  const reader = VT_lines(new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }))
  for (let line = VT_readLine(reader); line !== undefined; line = VT_readLine(reader)) console.log(line)
}

void VT_run(lines)
`

/** A thread reading lines from a Node stream: a channel a page never has. */
const NODE_LINES = `import { Readable } from 'node:stream'
import { VT_lines, VT_readLine, VT_run } from 'vtify/runtime'

function lines(): void {
  const reader = VT_lines(Readable.from([new TextEncoder().encode('one\\ntwo\\n')]))
  for (let line = VT_readLine(reader); line !== undefined; line = VT_readLine(reader)) console.log(line)
}

VT_run(lines).catch((error: Error) => console.log(error.message))
`

/** The modules of Node's channel objects (runtime/channels/node-ports.ts and what it imports). */
const NODE_PORTS = /^channels\/(node-ports|node-stream|node-server|file-handle|write-buffers)\.ts$/

describe('a bundle of vtify/runtime', () => {
  it('takes neither event loops, nor channels, nor the worker pool for a thread that only sleeps', async () => {
    const { file, modules } = await bundle(SLEEPER)
    expect(await runNode(file)).toEqual(['tick 1', 'tick 2', 'tick 3'])
    expect(modules).toContain('sleep.ts')
    expect(modules.filter((name) => /^(loops|channels)\/|^work\/(?!host-threads)/.test(name))).toEqual([])
  })

  it('takes the channels a thread reading lines needs, and not the code that moves threads between event loops', async () => {
    const { file, modules } = await bundle(LINES)
    expect(await runNode(file)).toEqual(['one', 'two'])
    expect(modules).toEqual(expect.arrayContaining(['channels/lines.ts', 'channels/web-stream.ts']))
    // VT_readLine checks for a handle of another loop (loops/handles.ts); going there is a hook several loops set
    expect(modules.filter((name) => /^loops\/(follow|peers|wire|ring|transferable|keep-alive|clue-check|home-forms)\.ts$/.test(name))).toEqual([])
  })

  it('built for the web leaves the ports of Node streams, sockets and file handles out, and says so if handed one', async () => {
    const page = await bundle(LINES, { runtime: RUNTIME_DIST })
    expect(await runNode(page.file)).toEqual(['one', 'two'])
    expect(page.modules).toEqual(expect.arrayContaining(['channels/index.ts', 'channels/web-stream.ts']))
    expect(page.modules.filter((name) => NODE_PORTS.test(name))).toEqual([])
    // a Node program built for the web by mistake (its import of node:stream made at run time, which a web build would replace)
    const misbuilt = await bundle(
      NODE_LINES.replace("import { Readable } from 'node:stream'", "const { Readable } = await import(/* @vite-ignore */ ['node', 'stream'].join(':'))"),
      {
        runtime: RUNTIME_DIST,
      },
    )
    const [message] = await runNode(misbuilt.file)
    expect(message).toMatch(/^VT_lines: Readable is not a channel vtify knows: .* \(this bundle was built for the web, .*Vite's build\.ssr/)
  })

  it('built for Node (build.ssr) keeps them', async () => {
    const server = await bundle(NODE_LINES, { runtime: RUNTIME_DIST, ssr: true })
    expect(await runNode(server.file)).toEqual(['one', 'two'])
    expect(server.modules).toEqual(expect.arrayContaining(['channels/node-ports.ts', 'channels/node-stream.ts']))
  })
})
