// Simple Web Server throughput: examples/simple-web-server compiled by vtify from its blocking
// source (by bench/runtime/compile.mjs) against its async/await twin (sws-async.ts), each in its
// own process started the same way (env PORT=0, ROOT, TIMEOUT_MS; it prints its address), over
// one ROOT of 10 files of 1–64 KiB that wrk requests in turn, with 10, 100 and 1,000 keep-alive
// connections over 127.0.0.1. Prints requests/s of each, wrk's errors (none expected), and the
// ratio vtify/async per connection count. Needs wrk (apt-get install -y wrk).
// Run: npm run bench:sws [-- seconds]   (default 5 s per run, 2 rounds, variants alternating)
//      npm run bench:sws -- --smoke      (or SMOKE=1: 1 s per run, one round, no warm-up)

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compiledPath } from './compiled.js'
import { requireWrk, wrk, type WrkResult } from './wrk.js'

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1'
const SECONDS = SMOKE ? 1 : Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5)
const ROUNDS = SMOKE ? 1 : 2
const WARM_UP = SMOKE ? 0 : 1
const CONNECTIONS = [10, 100, 1000]
const SIZES_KIB = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64]
const VARIANTS = ['vtify', 'async'] as const
type Variant = (typeof VARIANTS)[number]

const MAIN: Record<Variant, string> = {
  vtify: compiledPath('simple-web-server/src/main.js'),
  async: fileURLToPath(new URL('./sws-async.js', import.meta.url)),
}

interface Reports {
  /** Connections reset by the client: wrk resets its connections when a run (warm-up too) stops. */
  resets: number
  /** Any other error a server reported: none expected. */
  other: number
}

interface Result extends Reports, WrkResult {}

/** ROOT with the file set, and a wrk script that requests its files in turn. */
function makeRoot(): { root: string; script: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sws-'))
  const names = SIZES_KIB.map((kib, i) => `file${i}-${kib}k.bin`)
  names.forEach((name, i) => fs.writeFileSync(path.join(root, name), randomBytes((SIZES_KIB[i] as number) * 1024)))
  const script = path.join(root, 'rotate.lua')
  fs.writeFileSync(
    script,
    `local paths = { ${names.map((n) => `"/${n}"`).join(', ')} }\n` +
      'local i = 0\n' +
      'request = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n',
  )
  return { root, script }
}

interface Server {
  port: number
  reports(): Promise<Reports>
  stop(): void
}

// How the servers word a reset: Node's codes or its EPIPE message, and a write after the reset
// destroyed the socket (the runtime's ChannelError "socket … is closed", the twin's "the
// connection is closed").
const RESET = /ECONNRESET|EPIPE|ended by the other party|is closed/

async function start(variant: Variant, root: string): Promise<Server> {
  // An idle timeout longer than any run: wrk's connections stay open between its requests.
  const env = { ...process.env, PORT: '0', ROOT: root, TIMEOUT_MS: '600000' }
  const server = spawn(process.execPath, [MAIN[variant]], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [first] = (await once(server.stdout, 'data')) as [Buffer]
  const port = Number(/listening on [\d.]+:(\d+)/.exec(first.toString())?.[1] ?? NaN)
  if (Number.isNaN(port)) throw new Error(`the ${variant} server did not start: ${first.toString()}${stderr}`)
  const reports = async (): Promise<Reports> => {
    await new Promise((resolve) => setTimeout(resolve, 500)) // the reports of wrk's last resets
    const lines = stderr.match(/^connection \S+: .*$/gm) ?? []
    const resets = lines.filter((line) => RESET.test(line)).length
    return { resets, other: lines.length - resets }
  }
  return { port, reports, stop: () => server.kill() }
}

async function measure(variant: Variant, connections: number, root: string, script: string): Promise<Result> {
  const server = await start(variant, root)
  try {
    if (WARM_UP > 0) wrk(server.port, connections, WARM_UP, ['-s', script]) // JIT, connection set-up
    const result = wrk(server.port, connections, SECONDS, ['-s', script])
    return { ...result, ...(await server.reports()) }
  } finally {
    server.stop()
  }
}

requireWrk('bench:sws')

const { root, script } = makeRoot()
console.log(
  `Simple Web Server, ${SIZES_KIB.length} files of ${SIZES_KIB[0]}–${SIZES_KIB.at(-1)} KiB requested in turn over 127.0.0.1, ` +
    `wrk -t2 --timeout 10s, ${SECONDS} s per run, variants alternating, best of ${ROUNDS}${SMOKE ? ' (smoke)' : ''} (node ${process.version})`,
)
try {
  for (const connections of CONNECTIONS) {
    const best = new Map<Variant, Result>()
    for (let round = 1; round <= ROUNDS; round++) {
      for (const variant of VARIANTS) {
        const r = await measure(variant, connections, root, script)
        console.log(
          `  ${String(connections).padStart(4)} conns  run ${round} ${variant.padEnd(6)} ${r.requestsPerSec.toFixed(0).padStart(8)} req/s   ` +
            `wrk errors: ${r.errors}   server: ${r.resets} resets as wrk stopped, ${r.other} other errors`,
        )
        if (r.requestsPerSec > (best.get(variant)?.requestsPerSec ?? 0)) best.set(variant, r)
      }
    }
    const rps = (variant: Variant): number => (best.get(variant) as Result).requestsPerSec
    console.log(`  ${String(connections).padStart(4)} conns  vtify/async ${(rps('vtify') / rps('async')).toFixed(2)}×  (budget ≥ 1.0)`)
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true })
}
