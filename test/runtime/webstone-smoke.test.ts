// bench:webstone's smoke mode (4 files of 64 KiB, 1 and 4 clients, its checking client only): every
// server — vtify, vtify on an event loop per core when Node has reusePort (≥ 22.12; on older Node
// it must say it skipped it, and why), the async/await twin, callbacks, a thread per connection,
// and nginx when the Debian package is installed (.ci/run installs it) — answers every request
// with the right bytes. No timing is asserted. Builds the benchmarks as `npm run bench:webstone` does.

import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findNginx } from '../../bench/runtime/nginx.js'
import { reusePortMissing } from '../../examples/simple-web-server/src/reuse-port.js'

const REPO = path.resolve(import.meta.dirname, '../..')

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', timeout: 120_000 })
}

describe('bench:webstone --smoke', () => {
  it('has every server answer every request correctly', () => {
    run([path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'bench/runtime'])
    run(['bench/runtime/compile.mjs'])
    const out = run(['node_modules/.cache/vtify-bench/bench/runtime/webstone.js', '--smoke'])
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
