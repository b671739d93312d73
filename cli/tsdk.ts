// `vtify tsdk [--vscode]`: where the TypeScript vtify runs on is, for editors. A project on
// TypeScript 7 has no tsserver (it has no plugin API), so the editor must run vtify's own
// TypeScript 6 to show the plugin; npm installs it under node_modules/vtify then, else at the top.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { UsageError } from './errors.js'

export const TSDK_HELP = `Usage: vtify tsdk [--vscode]

Print the lib directory of the TypeScript 6 that vtify runs on, relative to the current directory.
A project on TypeScript 7 has no tsserver (TypeScript 7 has no plugin API): npm installs vtify's
own TypeScript 6 under node_modules/vtify, and the editor must run that one to show vtify/ts-plugin.

  --vscode   write it to .vscode/settings.json as "typescript.tsdk"
`

/** The lib directory of the TypeScript that vtify's compiler loads (the one holding tsserver.js). */
export function ownTypeScriptLib(): string {
  const require = createRequire(import.meta.url)
  let manifest: string
  try {
    manifest = require.resolve('typescript/package.json')
  } catch {
    throw new UsageError('TypeScript 6, an optional dependency of vtify, is not installed (installed with --omit=optional?): run npm i -D vtify')
  }
  return path.join(path.dirname(manifest), 'lib')
}

export function runTsdk(args: readonly string[], out: NodeJS.WritableStream, cwd = process.cwd()): number {
  const unknown = args.filter((a) => a !== '--vscode')
  if (unknown.length > 0) throw new UsageError(`tsdk: unknown argument ${unknown[0]}`)
  const lib = path.relative(cwd, ownTypeScriptLib()).split(path.sep).join('/')
  if (!args.includes('--vscode')) {
    out.write(`${lib}\n`)
    return 0
  }
  const file = path.join(cwd, '.vscode', 'settings.json')
  const settings = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  settings['typescript.tsdk'] = lib
  settings['typescript.enablePromptUseWorkspaceTsdk'] = true
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`)
  out.write(`vtify tsdk: .vscode/settings.json now runs the TypeScript at ${lib} (accept "Use Workspace Version" when VS Code asks)\n`)
  return 0
}
