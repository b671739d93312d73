// editors/vscode: the extension contributes vtify/ts-plugin to VS Code's TypeScript server (also
// when the workspace's TypeScript is used), depends on this package, and packages. VS Code finds
// the plugin in the extension's node_modules/vtify, so the published vtify must hold what tsserver
// resolves `vtify/ts-plugin` to.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from './install.js'

const EXTENSION = path.join(REPO, 'editors/vscode')

interface PackResult {
  files: { path: string }[]
}

/** `npm pack --dry-run` of a folder: the files a package would hold. */
function packedFiles(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
  const [result] = JSON.parse(out) as PackResult[]
  return result!.files.map((f) => f.path).sort()
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>

describe('the VS Code extension', () => {
  const manifest = readJson(path.join(EXTENSION, 'package.json'))
  const vtify = readJson(path.join(REPO, 'package.json'))

  it('contributes the plugin, for workspace TypeScript versions too', () => {
    expect(manifest.contributes).toEqual({ typescriptServerPlugins: [{ name: 'vtify/ts-plugin', enableForWorkspaceTypeScriptVersions: true }] })
    expect(manifest).toMatchObject({ publisher: expect.any(String), engines: { vscode: expect.stringMatching(/^\^1\.\d+\.\d+$/) } })
    // Contribution only: no code of its own to activate.
    expect(manifest.main).toBeUndefined()
  })

  it('depends on this version of vtify', () => {
    expect(manifest.dependencies).toEqual({ vtify: `^${String(vtify.version)}` })
  })

  it('packages with its readme and licence', () => {
    expect(packedFiles(EXTENSION)).toEqual(['LICENSE', 'README.md', 'package.json'])
  })

  it('relies on a published vtify that holds the plugin where tsserver looks for it', () => {
    const main = readJson(path.join(REPO, 'ts-plugin/package.json')).main as string
    const files = packedFiles(REPO)
    expect(files).toContain('ts-plugin/package.json')
    expect(files).toContain(path.posix.join('ts-plugin', main))
    expect(files).toContain('dist/ts-plugin/package.json')
  })
})
