// Building an example with the real `vtify build` CLI and running its output as a child process,
// for the tests that drive examples over real sockets. The output imports 'vtify/runtime', which
// resolves to dist/runtime by the package's self-reference, so it must sit inside this package
// (a temp dir next to the test) and `npm run build` must have run.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const REPO = path.resolve(import.meta.dirname, '../..')

/** Compile examples/<name> into a fresh temp dir under `near`; returns the dir. */
export function buildExample(name: string, near: string): string {
  if (!fs.existsSync(path.join(REPO, 'dist/runtime/index.js'))) throw new Error('run `npm run build` first: the output imports vtify/runtime from dist/')
  const out = fs.mkdtempSync(path.join(near, `.${name}-build-`))
  execFileSync(process.execPath, [path.join(REPO, 'bin/vtify.js'), 'build', path.join(REPO, 'examples', name), '-o', out], { encoding: 'utf8' })
  return out
}

export interface RunningServer {
  port: number
  process: ChildProcess
  /** Everything the server wrote to stderr so far. */
  stderr: () => string
}

/** Start `node main` with env; resolves once it has printed `listening on 127.0.0.1:<port>`. */
export async function startServer(main: string, env: Record<string, string>, running: ChildProcess[]): Promise<RunningServer> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, ...env } })
  running.push(child)
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(stdout)
      if (m) resolve(Number(m[1]))
    })
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${stdout}${stderr}`)))
  })
  return { port, process: child, stderr: () => stderr }
}
