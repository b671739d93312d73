// The paper's web benchmark (§3.4, Figure 10) on this machine: the Simple Web Server serving 250
// generated 1 MB files (made in a temp dir now, removed after), clients 1 → 500, for vtify (one
// loop, and one loop per core accepting on each: Node ≥ 22.12 on Linux, skipped with the reason
// elsewhere), its async/await twin, hand-written callbacks, a thread per connection, and nginx.
// Per point: requests/s, MB/s read, latency p50/p99 and errors, from wrk (`apt-get install -y
// wrk`), which requests the files in turn over keep-alive connections on 127.0.0.1; each server
// is checked first by a client that compares every body with its file. Throughput is the MB/s
// the clients read, not requests/s × 1 MB: at 500 clients a run ends with ~500 MB of responses
// in progress, which requests/s leaves out and MB/s does not. Writes an SVG plot of throughput
// against clients (docs/webstone.svg, or WEBSTONE_SVG).
// nginx (`apt-get install -y nginx`) is skipped with a message when it is not installed.
// Run: npm run bench:webstone
//      npm run bench:webstone -- --smoke   (or SMOKE=1: 4 files of 64 KiB, 1 and 4 clients, the
//      checking client only — no wrk, no timing — every server must answer every request correctly)
// Settings (env): WEBSTONE_SECONDS (5 per point), WEBSTONE_CLIENTS (1,2,5,10,20,50,100,200,500),
// WEBSTONE_SERVERS (vtify,vtify-loops,async,callbacks,threads,nginx), WEBSTONE_FILES (250).

import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { reusePortMissing } from '../../examples/simple-web-server/src/reuse-port.js'
import { check, type Served } from './check-client.js'
import { compiledPath } from './compiled.js'
import { findNginx, startNginx } from './nginx.js'
import { startServer, type ServerProcess } from './server-process.js'
import { plot } from './svg-plot.js'
import { wrk } from './wrk.js'

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1'
const list = (text: string | undefined, fallback: string): string[] => (text ?? fallback).split(',').filter(Boolean)
const SECONDS = Number(process.env.WEBSTONE_SECONDS ?? 5)
const CLIENTS = list(process.env.WEBSTONE_CLIENTS, SMOKE ? '1,4' : '1,2,5,10,20,50,100,200,500').map(Number)
const FILES = SMOKE ? 4 : Number(process.env.WEBSTONE_FILES ?? 250)
const FILE_BYTES = SMOKE ? 64 * 1024 : 1024 * 1024
const SERVERS = list(process.env.WEBSTONE_SERVERS, 'vtify,vtify-loops,async,callbacks,threads,nginx')
/** vtify-loops: an event loop per core, each accepting on the port. */
const LOOPS = os.availableParallelism()
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url))
const REPO = here('../../../../../')
const SVG = process.env.WEBSTONE_SVG ?? (SMOKE ? path.join(os.tmpdir(), `webstone-smoke-${process.pid}.svg`) : path.join(REPO, 'docs/webstone.svg'))

const NODE_SERVERS: Record<string, string> = {
  vtify: compiledPath('simple-web-server/src/main.js'),
  'vtify-loops': compiledPath('simple-web-server/src/main.js'),
  async: here('./sws-async.js'),
  callbacks: here('./sws-callbacks.js'),
  threads: here('./sws-threads.js'),
}

interface Point {
  clients: number
  rps: number
  /** Megabytes (10⁶) read per second by wrk, the responses in progress at the end included. */
  mbps: number
  p50Ms?: number
  p99Ms?: number
  /** wrk's socket errors and non-2xx answers. */
  errors: number
  /** Server reports other than resets of connections wrk dropped when it stopped. */
  serverErrors: number
  /** Connections the thread-per-connection server refused (no thread). */
  refused: number
}

/** ROOT with FILES random files (readable by nginx's worker user), and wrk's script to request them in turn. */
function makeRoot(): { root: string; files: Served[]; script: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-webstone-'))
  fs.chmodSync(root, 0o755)
  const files = Array.from({ length: FILES }, (_, i) => ({ name: `file${String(i).padStart(3, '0')}.bin`, bytes: randomBytes(FILE_BYTES) }))
  for (const f of files) fs.writeFileSync(path.join(root, f.name), f.bytes, { mode: 0o644 })
  const script = path.join(root, 'rotate.lua')
  fs.writeFileSync(
    script,
    `local paths = { ${files.map((f) => `"/${f.name}"`).join(', ')} }\nlocal i = 0\n` +
      'request = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n',
  )
  return { root, files, script }
}

function available(tool: string, args: string[]): boolean {
  try {
    execFileSync(tool, args, { stdio: 'ignore' })
    return true
  } catch (error) {
    return (error as { code?: string }).code !== 'ENOENT' // wrk --version exits 1 after printing
  }
}

/** Start one server, or undefined (with the reason printed) when it cannot run here. */
async function start(name: string, root: string): Promise<ServerProcess | undefined> {
  if (name === 'vtify-loops') {
    const missing = reusePortMissing()
    if (missing === undefined) return startServer(name, NODE_SERVERS[name] as string, root, { LOOPS: String(LOOPS) })
    console.log(`  vtify-loops: skipped — ${missing}`)
    return undefined
  }
  if (name !== 'nginx') return startServer(name, NODE_SERVERS[name] as string, root)
  const binary = findNginx()
  if (binary === undefined) {
    console.log('  nginx: skipped — not installed (Debian: apt-get install -y nginx)')
    return undefined
  }
  const nginx = await startNginx(binary, root)
  return { port: nginx.port, reports: () => [], stop: async () => (await nginx.stop(), '') }
}

const RESET = /ECONNRESET|EPIPE|ended by the other party|is closed/

/** One load point: wrk for SECONDS with `clients` connections, and what the server reported meanwhile. */
function point(server: ServerProcess, clients: number, script: string): Point {
  const before = server.reports().length
  const r = wrk(server.port, clients, SECONDS, ['--latency', '-s', script])
  const reports = server.reports().slice(before)
  const refused = reports.filter((line) => / no thread: /.test(line)).length
  const serverErrors = reports.filter((line) => !RESET.test(line)).length - refused
  const errors = [...r.errors.matchAll(/\d+/g)].reduce((sum, m) => sum + Number(m[0]), 0)
  // No request finished: wrk's latency figures are then zeros, not latencies.
  const latency = r.requestsPerSec === 0 ? {} : { ...(r.p50Ms === undefined ? {} : { p50Ms: r.p50Ms }), ...(r.p99Ms === undefined ? {} : { p99Ms: r.p99Ms }) }
  return { clients, rps: r.requestsPerSec, mbps: r.bytesPerSec / 1e6, ...latency, errors, serverErrors, refused }
}

const fixed = (n: number | undefined, digits = 1): string => (n === undefined ? '–' : n.toFixed(digits))

function show(name: string, p: Point): void {
  console.log(
    `  ${name.padEnd(11)} ${String(p.clients).padStart(4)} clients ${p.rps.toFixed(0).padStart(7)} req/s ${p.mbps.toFixed(0).padStart(6)} MB/s` +
      `   p50 ${fixed(p.p50Ms)} ms   p99 ${fixed(p.p99Ms)} ms   errors ${p.errors}   server errors ${p.serverErrors}${p.refused > 0 ? `   refused (no thread) ${p.refused}` : ''}`,
  )
}

/** Smoke: the checking client at each client count; a line per point that the test reads. */
async function smoke(name: string, server: ServerProcess, files: Served[]): Promise<void> {
  for (const clients of CLIENTS) {
    const r = await check(server.port, files, clients, 3)
    console.log(`smoke ${name} ${clients} clients: ${r.correct}/${r.total} correct${r.failures.length > 0 ? ` — ${r.failures.join('; ')}` : ''}`)
  }
}

async function measure(name: string, server: ServerProcess, files: Served[], script: string): Promise<Point[]> {
  const checked = await check(server.port, files.slice(0, 5), 2, 1)
  if (checked.correct !== checked.total) throw new Error(`${name} answered wrongly: ${checked.failures.join('; ')}`)
  wrk(server.port, 10, Math.min(2, SECONDS), ['-s', script]) // warm-up: JIT, page cache
  const points: Point[] = []
  for (const clients of CLIENTS) {
    const p = point(server, clients, script)
    show(name, p)
    points.push(p)
  }
  return points
}

function table(results: Map<string, Point[]>): void {
  console.log('\n| server | clients | req/s | MB/s read | p50 ms | p99 ms | errors (wrk) | server errors |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const [name, points] of results) {
    for (const p of points) {
      const errors = p.refused > 0 ? `${p.serverErrors} + ${p.refused} refused` : String(p.serverErrors)
      console.log(`| ${name} | ${p.clients} | ${p.rps.toFixed(0)} | ${p.mbps.toFixed(0)} | ${fixed(p.p50Ms)} | ${fixed(p.p99Ms)} | ${p.errors} | ${errors} |`)
    }
  }
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')

async function main(): Promise<void> {
  if (!SMOKE && !available('wrk', ['--version'])) {
    console.log('bench:webstone: skipped — it needs wrk (Debian: apt-get install -y wrk)')
    return
  }
  console.log(
    `uptime: ${loadAverage()} (load average 1, 5, 15 min); ${os.cpus().length} cores (vtify-loops: ${LOOPS} loops), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}`,
  )
  const { root, files, script } = makeRoot()
  console.log(
    `${FILES} files of ${FILE_BYTES / 1024} KiB in ${root}; clients ${CLIENTS.join(', ')}; ${SMOKE ? 'smoke: checking client only' : `wrk, ${SECONDS} s per point, --latency`}`,
  )
  const results = new Map<string, Point[]>()
  try {
    for (const name of SERVERS) {
      const server = await start(name, root)
      if (server === undefined) continue
      try {
        if (SMOKE) await smoke(name, server, files)
        else results.set(name, await measure(name, server, files, script))
      } finally {
        const said = await server.stop()
        const threads = /threads: peak \d+, refused \d+/.exec(said)?.[0]
        if (threads !== undefined) console.log(`  ${threads}`)
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
  if (!SMOKE) table(results)
  const series = [...results].map(([name, points]) => ({
    name,
    points: points.map((p) => [p.clients, p.errors + p.refused > 0 && p.rps === 0 ? undefined : p.mbps] as const),
  }))
  if (series.length > 0) {
    fs.writeFileSync(SVG, plot(`Simple Web Server, ${FILES} × ${FILE_BYTES / 2 ** 20} MB files, 127.0.0.1`, 'MB/s read by the clients', series))
    console.log(`plot: ${SVG}`)
  }
  console.log(`uptime: ${loadAverage()}`)
}

await main()
