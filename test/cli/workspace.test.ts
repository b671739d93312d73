// The vtify command on a monorepo app whose threads call `readLine` of a workspace package linked
// through node_modules (test/analysis/workspace-fixture.ts): `vtify analyze` names it multistate,
// `vtify build` writes it (and its JSON) beside the app's modules, its import naming the output,
// and Node runs the result; `vtify build --watch` rebuilds on an edit of the package's file.

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBuild } from '../../cli/build.js'
import { main } from '../../cli/main.js'
import { workspace, LIB_INDEX, type Workspace } from '../analysis/workspace-fixture.js'
import { eventually, runNode } from '../plugin/harness.js'

function sink(): NodeJS.WritableStream & { text: string } {
  const s = { text: '', write: (chunk: string) => ((s.text += chunk), true) }
  return s as unknown as NodeJS.WritableStream & { text: string }
}

let ws: Workspace | undefined
afterEach(() => {
  if (ws) fs.rmSync(ws.root, { recursive: true, force: true })
  ws = undefined
})

describe('vtify command on a workspace package linked through node_modules', () => {
  it('analyze names readLine multistate, in the package', async () => {
    ws = workspace()
    const out = sink()
    expect(await main(['analyze', ws.app, '--no-cache'], out, sink())).toBe(0)
    expect(out.text).toMatch(/^vtify analyze: 4 modules, 5 functions, 3 multistate, 2 thread entries$/m)
    expect(out.text).toMatch(/^ {2}readLine {2}\.\.\/lib\/src\/index\.ts:6$/m)
    expect(out.text).toMatch(/^ {4}why: {8}reader → readLine \(src\/main\.ts:13\) → VT_read \(\.\.\/lib\/src\/index\.ts:10\)$/m)
  })

  it('build writes the package beside the app, its import naming its output, and Node runs it', async () => {
    ws = workspace()
    const outDir = path.join(ws.app, 'out')
    const out = sink()
    const err = sink()
    expect(await runBuild([ws.app, '-o', outDir, '--no-cache'], out, err)).toBe(0)
    expect(err.text).toBe('')
    expect(out.text).toMatch(/^vtify build: 4 modules written to .* \(and 1 imported JSON file copied\)$/m)
    const app = fs.readFileSync(path.join(outDir, 'app/src/main.js'), 'utf8')
    expect(app).toContain('from "../../lib/src/index.js"')
    expect(app).not.toMatch(/from "lib"/)
    // The packages that stay external are imported as written.
    expect(fs.readFileSync(path.join(outDir, 'app/src/others.js'), 'utf8')).toContain('import { twice } from "built"')
    expect(fs.existsSync(path.join(outDir, 'lib/src/newline.json'))).toBe(true)
    expect(await runNode(path.join(outDir, 'app/src/main.js'))).toEqual(['["hello","world"]'])
  })

  it('build names the output in a dynamic import of the package and in an import through a tsconfig paths alias', async () => {
    ws = workspace()
    const tsconfigFile = path.join(ws.app, 'tsconfig.json')
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8')) as { compilerOptions: Record<string, unknown> }
    tsconfig.compilerOptions.paths = { '@app/*': ['./src/*'] }
    fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig))
    fs.writeFileSync(path.join(ws.app, 'src/util.ts'), 'export const two = 2\n')
    fs.writeFileSync(path.join(ws.app, 'src/alias.ts'), "import { two } from '@app/util.ts'\n\nexport const four = 2 * two\n")
    fs.writeFileSync(path.join(ws.app, 'src/lazy.ts'), "export async function lazyReadLine(): Promise<unknown> {\n  return (await import('lib')).readLine\n}\n")
    const outDir = path.join(ws.app, 'out')
    expect(await runBuild([ws.app, '-o', outDir, '--no-cache'], sink(), sink())).toBe(0)
    expect(fs.readFileSync(path.join(outDir, 'app/src/alias.js'), 'utf8')).toContain('import { two } from "./util.js"')
    expect(fs.readFileSync(path.join(outDir, 'app/src/lazy.js'), 'utf8')).toContain('import("../../lib/src/index.js")')
  })

  it('build --watch writes the package again when its file is edited', async () => {
    ws = workspace()
    const { app, libIndex } = ws
    const outDir = path.join(app, 'out')
    const stop = new AbortController()
    const running = runBuild([app, '-o', outDir, '--watch', '--no-cache'], sink(), sink(), stop.signal)
    try {
      const output = path.join(outDir, 'lib/src/index.js')
      await eventually(async () => (fs.existsSync(output) ? true : undefined), 30_000, 'the first build')
      fs.writeFileSync(libIndex, LIB_INDEX.replace('return line\n', 'return line.toUpperCase()\n'))
      await eventually(async () => (fs.readFileSync(output, 'utf8').includes('toUpperCase') ? true : undefined), 30_000, 'lib/src/index.js to be written again')
      expect(await runNode(path.join(outDir, 'app/src/main.js'))).toEqual(['["HELLO","WORLD"]'])
    } finally {
      stop.abort()
      await running
    }
  })
})
