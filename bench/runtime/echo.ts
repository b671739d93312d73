// Echo server throughput: the vtify echo thread vs the same server with async/await and with
// plain callbacks, each in its own process, driven over 127.0.0.1 by wrk with 1,000 connections.
// Each server echoes every request it reads as the body of an HTTP response, so wrk counts
// round trips and errors. Needs wrk (apt-get install wrk).
// Run: npm run bench:echo [-- seconds]

import { execFileSync, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

const CONNECTIONS = 1000
const SECONDS = Number(process.argv[2] ?? 10)
const ROUNDS = 2
const VARIANTS = ['vtify', 'async', 'callbacks'] as const
type Variant = (typeof VARIANTS)[number]


interface Result {
  requestsPerSec: number
  errors: string
  resets: number
}

function wrk(port: number, seconds: number): { requestsPerSec: number; errors: string } {
  const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', `http://127.0.0.1:${port}/`], {
    encoding: 'utf8',
    timeout: (seconds + 30) * 1000,
  })
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)
  if (rps === null) throw new Error(`could not read wrk's output:\n${out}`)
  const socket = /Socket errors: (.*)/.exec(out)?.[1]
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1]
  const errors = [socket, non2xx === undefined ? undefined : `non-2xx ${non2xx}`].filter(Boolean).join(', ') || 'none'
  return { requestsPerSec: Number(rps[1]), errors }
}

async function measure(variant: Variant): Promise<Result> {
  const server = fork(fileURLToPath(new URL('./echo-server.js', import.meta.url)), [variant])
  try {
    const [{ port }] = (await once(server, 'message')) as [{ port: number }]
    wrk(port, 2) // warm-up: JIT, connection set-up
    const result = wrk(port, SECONDS)
    server.send('stats')
    const [{ resets }] = (await once(server, 'message')) as [{ resets: number }]
    return { ...result, resets }
  } finally {
    server.kill()
  }
}

try {
  execFileSync('wrk', ['--version'], { stdio: 'ignore' })
} catch (error) {
  // wrk --version exits 1 after printing; only a missing binary is fatal
  if ((error as { code?: string }).code === 'ENOENT') {
    console.error('bench:echo needs wrk: apt-get install -y wrk')
    process.exit(1)
  }
}

console.log(
  `echo server, ${CONNECTIONS} connections over 127.0.0.1, wrk -t2 --timeout 10s, ${SECONDS} s per run, ` +
    `variants alternating, best of ${ROUNDS} (node ${process.version})`,
)
const results = new Map<Variant, Result>()
for (let round = 1; round <= ROUNDS; round++) {
  for (const variant of VARIANTS) {
    const r = await measure(variant)
    console.log(`  run ${round} ${variant.padEnd(10)} ${r.requestsPerSec.toFixed(0).padStart(8)} round trips/s   wrk errors: ${r.errors}   server-side resets when wrk stopped: ${r.resets}`)
    if (r.requestsPerSec > (results.get(variant)?.requestsPerSec ?? 0)) results.set(variant, r)
  }
}
const vt = (results.get('vtify') as Result).requestsPerSec
console.log(`  vtify/async     ${(vt / (results.get('async') as Result).requestsPerSec).toFixed(2)}×  (budget ≥ 1.0)`)
console.log(`  vtify/callbacks ${(vt / (results.get('callbacks') as Result).requestsPerSec).toFixed(2)}×  (budget ≥ 0.9)`)
