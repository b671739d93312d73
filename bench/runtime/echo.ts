// Echo server throughput: the vtify echo thread (hand-written in the transform's shape), the
// example server compiled by vtify from blocking source (examples/echo-server, MODE=http, built
// by bench/runtime/compile.mjs), and the same server with async/await and with plain callbacks,
// each in its own process, driven over 127.0.0.1 by wrk with 1,000 connections. Each server
// echoes every request it reads as the body of an HTTP response, so wrk counts round trips and
// errors. Needs wrk (apt-get install wrk).
// Run: npm run bench:echo [-- seconds]

import { fork, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { compiledPath } from './compiled.js'
import { requireWrk, wrk, type WrkResult } from './wrk.js'

const CONNECTIONS = 1000
const SECONDS = Number(process.argv[2] ?? 10)
const ROUNDS = 2
const VARIANTS = ['vtify', 'compiled', 'async', 'callbacks'] as const
type Variant = (typeof VARIANTS)[number]

interface Result extends WrkResult {
  resets: number
}

interface Server {
  port: number
  /** Connections the server saw reset (wrk resets its connections when it stops). */
  resets(): Promise<number>
  stop(): void
}

/** echo-server.js: the port and the count of resets come over IPC. */
async function forked(variant: Exclude<Variant, 'compiled'>): Promise<Server> {
  const server = fork(fileURLToPath(new URL('./echo-server.js', import.meta.url)), [variant])
  const [{ port }] = (await once(server, 'message')) as [{ port: number }]
  const resets = async (): Promise<number> => {
    server.send('stats')
    return ((await once(server, 'message')) as [{ resets: number }])[0].resets
  }
  return { port, resets, stop: () => server.kill() }
}

/** The compiled example prints its address; each reset is one unjoined-error report on stderr. */
async function compiledExample(): Promise<Server> {
  const env = { ...process.env, PORT: '0', MODE: 'http' }
  const server = spawn(process.execPath, [compiledPath('echo-server/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [first] = (await once(server.stdout, 'data')) as [Buffer]
  const port = Number(/listening on [\d.]+:(\d+)/.exec(first.toString())?.[1] ?? NaN)
  if (Number.isNaN(port)) throw new Error(`the compiled example did not start: ${first.toString()}${stderr}`)
  const resets = async (): Promise<number> => {
    await new Promise((resolve) => setTimeout(resolve, 500)) // the reports of wrk's last resets
    return stderr.split('ended with an error that no thread joined').length - 1
  }
  return { port, resets, stop: () => server.kill() }
}

async function measure(variant: Variant): Promise<Result> {
  const server = variant === 'compiled' ? await compiledExample() : await forked(variant)
  try {
    wrk(server.port, CONNECTIONS, 2) // warm-up: JIT, connection set-up
    const result = wrk(server.port, CONNECTIONS, SECONDS)
    return { ...result, resets: await server.resets() }
  } finally {
    server.stop()
  }
}

requireWrk('bench:echo')

console.log(
  `echo server, ${CONNECTIONS} connections over 127.0.0.1, wrk -t2 --timeout 10s, ${SECONDS} s per run, ` +
    `variants alternating, best of ${ROUNDS} (node ${process.version})`,
)
const results = new Map<Variant, Result>()
for (let round = 1; round <= ROUNDS; round++) {
  for (const variant of VARIANTS) {
    const r = await measure(variant)
    console.log(
      `  run ${round} ${variant.padEnd(10)} ${r.requestsPerSec.toFixed(0).padStart(8)} round trips/s   wrk errors: ${r.errors}   server-side resets when wrk stopped: ${r.resets}`,
    )
    if (r.requestsPerSec > (results.get(variant)?.requestsPerSec ?? 0)) results.set(variant, r)
  }
}
const rps = (variant: Variant): number => (results.get(variant) as Result).requestsPerSec
for (const vt of ['vtify', 'compiled'] as const) {
  console.log(`  ${vt}/async     ${(rps(vt) / rps('async')).toFixed(2)}×  (budget ≥ 1.0)`)
  console.log(`  ${vt}/callbacks ${(rps(vt) / rps('callbacks')).toFixed(2)}×  (budget ≥ 0.9)`)
}
console.log(`  compiled/vtify (hand-written) ${(rps('compiled') / rps('vtify')).toFixed(2)}×`)
