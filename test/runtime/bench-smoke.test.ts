// The runtime benchmarks' smoke modes, after one build of them as their npm scripts do (one file:
// two builds at once would write the same output).
//
// bench:webstone's smoke mode (4 files of 64 KiB, 1 and 4 clients, its checking client only): every
// server — vtify, vtify on an event loop per core when Node has reusePort (≥ 22.12; on older Node
// it must say it skipped it, and why), the async/await twin, callbacks, a thread per connection,
// and nginx when the Debian package is installed (.ci/run installs it) — answers every request
// with the right bytes.
//
// bench:writes' smoke mode: every way of writing from afar (bench/runtime/clues/writes.ts) writes
// every chunk it should — the program checks each count and waits until its client has read every
// byte — and reports each configuration. No timing is asserted.

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { findNginx } from '../../bench/runtime/nginx.js'
import { reusePortMissing } from '../../examples/simple-web-server/src/reuse-port.js'

const REPO = path.resolve(import.meta.dirname, '../..')

/** Run node with args in the repository; its standard output. */
function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', timeout: 120_000 })
}

beforeAll(() => {
  runNode([path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'bench/runtime'])
  runNode(['bench/runtime/compile.mjs'])
}, 120_000)

describe('bench:webstone --smoke', () => {
  it('has every server answer every request correctly', () => {
    const out = runNode(['node_modules/.cache/vtify-bench/bench/runtime/webstone.js', '--smoke'])
    const points = [...out.matchAll(/^smoke (\S+) (\d+) clients: (\d+)\/(\d+) correct(.*)$/gm)]
    const loops = reusePortMissing() === undefined
    const servers = ['vtify', ...(loops ? ['vtify-loops'] : []), 'async', 'callbacks', 'threads', ...(findNginx() === undefined ? [] : ['nginx'])]
    expect(points.map((m) => `${m[1]} ${m[2]}`)).toEqual(servers.flatMap((s) => [`${s} 1`, `${s} 4`]))
    for (const m of points) expect({ server: m[1], correct: Number(m[3]), rest: m[5] }).toEqual({ server: m[1], correct: Number(m[4]), rest: '' })
    for (const m of points) expect(Number(m[4])).toBe(Number(m[2]) * 4 * 3)
    if (findNginx() === undefined) expect(out).toContain('nginx: skipped — not installed (Debian: apt-get install -y nginx)')
    if (!loops) expect(out).toContain(`vtify-loops: skipped — ${reusePortMissing()}`)
  }, 240_000)
})

describe('bench:writes --smoke', () => {
  it('writes every chunk through the socket handle in each variant, and the client reads them all', () => {
    const out = runNode(['node_modules/.cache/vtify-bench/compiled/clues/writes.js', '--smoke'])
    const rows = [...out.matchAll(/^ {2}(.+?) +\d+\.\d µs a chunk/gm)].map((m) => m[1])
    const variants = ['moved home (the runtime)', 'proxied by a thread', 'proxied, then home', 'on loop 0, no move']
    expect(rows).toEqual([0, 1, 2, 3].flatMap(() => variants))
    expect(out).toMatch(/^the client received all [\d,]+ bytes/m)
  }, 240_000)
})
