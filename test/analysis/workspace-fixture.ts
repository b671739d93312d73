// A monorepo built at test time (its node_modules symlinks are made here, never committed): the
// app's threads call `readLine` of the workspace package `lib`, whose TypeScript source an npm
// workspace links into node_modules; beside it a package as published (its real path in
// node_modules) and a linked package that ships built JavaScript with declarations.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const REPO = path.resolve(import.meta.dirname, '../..')

/** `readLine` reads a connection byte by byte up to a newline: multistate through VT_read. */
export const LIB_INDEX = `import { VT_read, type ReadChannel } from 'vtify/runtime'
import { decode } from './bytes.ts'
import newline from './newline.json' with { type: 'json' }

/** The next line of conn without its newline, or undefined at the end of the stream. */
export function readLine(conn: ReadChannel): string | undefined {
  const byte = new Uint8Array(1)
  let line = ''
  for (;;) {
    if (VT_read(conn, byte) === 0) return line === '' ? undefined : line
    const c = decode(byte)
    if (c === newline) return line
    line += c
  }
}
`

const APP_MAIN = `import { VT_close, VT_pipe, VT_run, VT_spawn, VT_write, type Pipe } from 'vtify/runtime'
import { readLine } from 'lib'

function writer(p: Pipe): void {
  VT_write(p, 'hello\\nworld\\n')
  VT_close(p)
}

export function reader(): string[] {
  const p = VT_pipe()
  VT_spawn(writer, p)
  const lines: string[] = []
  for (let line = readLine(p); line !== undefined; line = readLine(p)) lines.push(line)
  return lines
}

console.log(JSON.stringify(await VT_run(reader)))
`

/** Calls into the packages that stay external; the app's entry does not import it. */
const APP_OTHERS = `import { spin } from 'published'
import { twice } from 'built'

export function spinTwice(): number {
  spin()
  return twice(1)
}
`

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    noEmit: true,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
  },
  include: ['src'],
}

/** How `lib`'s package.json leads to its source: `exports`, or `main` and `types` as "internal packages" write it. */
export type LibEntry = 'exports' | 'main'

export interface Workspace {
  root: string
  /** packages/app: its tsconfig includes only src. */
  app: string
  /** packages/lib/src/index.ts (its real path). */
  libIndex: string
}

/** The monorepo in a new temporary directory (removed by the caller). */
export function workspace(entry: LibEntry = 'exports'): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-workspace-'))
  const lib = entry === 'exports' ? { exports: './src/index.ts' } : { main: './src/index.ts', types: './src/index.ts' }
  const files: Record<string, string> = {
    'package.json': json({ name: 'monorepo', private: true, workspaces: ['packages/*'] }),
    'packages/lib/package.json': json({ name: 'lib', type: 'module', ...lib }),
    'packages/lib/src/index.ts': LIB_INDEX,
    'packages/lib/src/bytes.ts': 'export function decode(bytes: Uint8Array): string {\n  return String.fromCharCode(bytes[0]!)\n}\n',
    'packages/lib/src/newline.json': '"\\n"\n',
    'packages/built/package.json': json({ name: 'built', type: 'module', main: './dist/index.js', types: './dist/index.d.ts' }),
    'packages/built/dist/index.js': 'export function twice(n) {\n  return 2 * n\n}\n',
    'packages/built/dist/index.d.ts': 'export declare function twice(n: number): number\n',
    'node_modules/published/package.json': json({ name: 'published', type: 'module', exports: './src/index.ts' }),
    'node_modules/published/src/index.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function spin(): void {\n  VT_yield()\n}\n",
    'packages/app/package.json': json({ name: 'app', type: 'module', private: true }),
    'packages/app/tsconfig.json': json(TSCONFIG),
    'packages/app/src/main.ts': APP_MAIN,
    'packages/app/src/others.ts': APP_OTHERS,
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    fs.writeFileSync(path.join(root, name), text)
  }
  // What `npm install` makes of the workspaces; vtify itself linked as a local install would be.
  for (const name of ['lib', 'built']) fs.symlinkSync(`../packages/${name}`, path.join(root, 'node_modules', name))
  fs.symlinkSync(REPO, path.join(root, 'node_modules', 'vtify'))
  return { root, app: path.join(root, 'packages/app'), libIndex: path.join(root, 'packages/lib/src/index.ts') }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
