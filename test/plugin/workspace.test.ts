// A monorepo whose app's threads call `readLine` of a workspace package linked through
// node_modules (test/analysis/workspace-fixture.ts): `vite build` compiles the package's source
// with the app and the bundle runs; the cache keys on the package's file, whose edit a build after
// it and the dev server both see.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
// The dev server's compiler runs on a worker thread, which loads the built plugin (npm test builds first).
import vtify from '../../dist/bundle/plugin.js'
import { workspace, LIB_INDEX, type Workspace } from '../analysis/workspace-fixture.js'
import { devServer, eventually, runNode, viteLibBuild } from './harness.js'
import { BuildSession } from '../../plugin/session.js'

let ws: Workspace | undefined
let server: ViteDevServer | undefined
afterEach(async () => {
  await server?.close()
  if (ws) fs.rmSync(ws.root, { recursive: true, force: true })
  server = undefined
  ws = undefined
})

/** readLine with every line in capitals: the same function, still multistate. */
const SHOUTING = LIB_INDEX.replace('return line\n', 'return line.toUpperCase()\n')

/** `vite build` of the app for Node; what the bundle prints, and vtify's lines of the log (not rolldown's timings, which name plugins). */
async function buildAndRun(app: string): Promise<{ printed: string[]; logs: string[] }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-workspace-out-'))
  try {
    const logs: string[] = []
    await viteLibBuild(app, 'src/main.ts', outDir, { logs, ssr: true })
    return { printed: await runNode(path.join(outDir, 'main.js')), logs: logs.filter((m) => m.startsWith('vtify:') || m.includes('VT0')) }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}

describe('a workspace package linked through node_modules', { timeout: 90_000 }, () => {
  it('vite build compiles its source with the app, and the bundle reads lines through it; an edit of it is a changed input of the cache', async () => {
    ws = workspace()
    const first = await buildAndRun(ws.app)
    expect(first.printed).toEqual(['["hello","world"]'])
    expect(first.logs.join('\n')).not.toContain('VT0002')
    expect(first.logs.at(-1)).toMatch(
      /^vtify: 3 multistate functions in 2 of 4 modules, .*→ VT_read \(\.\.\/lib\/src\/index\.ts:\d+\).* \(compiled: nothing cached yet\)$/,
    )

    expect((await buildAndRun(ws.app)).logs.at(-1)).toMatch(/\(from the cache: nothing it was built from changed\)$/)

    fs.writeFileSync(ws.libIndex, SHOUTING)
    const edited = await buildAndRun(ws.app)
    expect(edited.printed).toEqual(['["HELLO","WORLD"]'])
    expect(edited.logs.at(-1)).toContain(`(compiled: ${ws.libIndex} changed; from the cache: the facts of 3 of 4 files, the output of 3 of 4 modules)`)
  })

  it("a bundler's watch mode watches its files, which are modules of the program but not roots of the tsconfig", async () => {
    ws = workspace()
    const view = await new BuildSession({ target: ws.app, keepTypes: true, cacheDir: false }).current()
    expect(view.watched).toEqual(expect.arrayContaining([ws.libIndex, path.join(path.dirname(ws.libIndex), 'bytes.ts')]))
  })

  it('the dev server serves its module compiled and re-transforms the app after an edit of it', async () => {
    ws = workspace()
    const started = await devServer(ws.app, vtify())
    server = started.server
    const { base } = started
    const fetchText = async (url: string): Promise<string> => (await fetch(url, { signal: AbortSignal.timeout(30_000) })).text()
    expect(await fetchText(`${base}/src/main.ts`)).toContain('function reader$sm(k)')
    expect(await fetchText(`${base}/@fs${ws.libIndex}`)).toContain('function readLine$sm(k)')

    // readLine no longer blocks: the app's reader is plain again.
    fs.writeFileSync(
      ws.libIndex,
      "import type { ReadChannel } from 'vtify/runtime'\n\nexport function readLine(conn: ReadChannel): string | undefined {\n  return String(conn)\n}\n",
    )
    const main = await eventually(
      async () => {
        const text = await fetchText(`${base}/src/main.ts`)
        return text.includes('reader$sm') ? undefined : text
      },
      30_000,
      'src/main.ts to be re-transformed',
    )
    expect(main).toContain('function writer$sm(k)')
  })
})
