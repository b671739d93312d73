// The editor on a monorepo app whose threads call `readLine` of a workspace package linked through
// node_modules (test/analysis/workspace-fixture.ts): a real tsserver, with the plugin loaded as
// the VS Code extension contributes it, shows the app's call of it as a state boundary.

import fs from 'node:fs'
import path from 'node:path'
import type ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { workspace, type Workspace } from '../analysis/workspace-fixture.js'
import { TsServer } from './tsserver-client.mjs'

describe('tsserver with vtify/ts-plugin on a workspace package linked through node_modules', () => {
  let ws: Workspace
  let server: TsServer
  let main: string

  beforeAll(() => {
    ws = workspace()
    main = path.join(ws.app, 'src/main.ts')
    server = new TsServer({ args: ['--globalPlugins', 'vtify/ts-plugin', '--pluginProbeLocations', ws.root], cwd: ws.app })
    server.notify('open', { file: main, fileContent: fs.readFileSync(main, 'utf8') })
  })
  afterAll(() => {
    server?.close()
    if (ws) fs.rmSync(ws.root, { recursive: true, force: true })
  })

  it("hovers the app's call of readLine as a state boundary of a multistate function", async () => {
    const text = fs.readFileSync(main, 'utf8')
    const before = text.slice(0, text.indexOf('readLine(p)')).split('\n')
    const at = { line: before.length, offset: before.at(-1)!.length + 1 }
    const info = await server.request<ts.server.protocol.QuickInfoResponseBody>('quickinfo', { file: main, ...at })
    expect(info.documentation).toContain('state boundary ⏸1 of `reader`')
    expect(info.documentation).toContain('`readLine` is multistate — 1 state boundary')
  })
})
