// The `vtify analyze` command, run as a user runs it: the built bin in a child process.

import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixture } from './summary.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = path.join(ROOT, 'bin/vtify.js')

function vtify(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/bundle/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' })
})

describe('vtify analyze', () => {
  it('prints the multistate functions of the echo-server example with reason chains', () => {
    const r = vtify('analyze', 'examples/echo-server')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('lineEchoThread  src/lines.ts:17')
    expect(r.stdout).toContain('main → VT_await (src/main.ts:54)')
    expect(r.stdout).toContain('serve → VT_accept (src/main.ts:18)')
    expect(r.stdout).toContain('0 errors, 0 warnings')
  })

  it('prints diagnostics with a code frame and exits 1 on errors', () => {
    const r = vtify('analyze', fixture('recursion-cross-module'))
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('pong.ts:4:3 - error VT1001: Recursion among multistate functions: ping → pong (ping.ts:6) → ping (pong.ts:4)')
    expect(r.stdout).toMatch(/> 4 \| {3}ping\(n\)\n\s+\| {3}\^{7}/)
  })

  it('--json prints the analysis model', () => {
    const r = vtify('analyze', fixture('paper-figure2'), '--json')
    expect(r.status).toBe(0)
    const model = JSON.parse(r.stdout) as { functions: { name: string; multistate: boolean }[] }
    expect(model.functions.map((f) => [f.name, f.multistate])).toEqual([
      ['function2', true],
      ['function1', true],
    ])
  })

  it('accepts an entry file and a tsconfig.json', () => {
    expect(vtify('analyze', 'examples/echo-server/src/echo.ts').stdout).toContain('echoThread  echo.ts:5')
    expect(vtify('analyze', 'examples/echo-server/tsconfig.json').status).toBe(0)
  })

  it('stops quietly when the reader of its output goes away (`vtify analyze . | head -1`)', async () => {
    // Output beyond a pipe's buffer (64 KiB): the child writes again after the reader is gone.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-epipe-'))
    const fns = Array.from({ length: 400 }, (_, i) => `export function f${i}(): void {\n  VT_yield()\n}\n`).join('\n')
    fs.writeFileSync(path.join(dir, 'main.ts'), `import { VT_yield } from 'vtify/runtime'\n\n${fns}`)
    try {
      const child = spawn(process.execPath, [BIN, 'analyze', dir, '--json', '--no-cache'], { cwd: ROOT })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.once('data', () => child.stdout.destroy())
      const status = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect(stderr).toBe('')
      expect(status).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a wrong path is a one-line error with exit status 2', () => {
    const r = vtify('analyze', 'no/such/dir')
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('no such file or directory')
    expect(r.stdout).toBe('')
  })

  it('an unknown command or option says so', () => {
    expect(vtify('frobnicate').status).toBe(2)
    const r = vtify('analyze', 'examples/echo-server', '--bogus')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unknown option --bogus')
  })
})
