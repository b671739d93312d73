// Writes from afar (docs/runtime.md §14.4): a stage computes chunks on loop 1 and writes each to a
// socket that lives on loop 0, through its VT_handle. Side by side in one process:
//   - moved home: VT_write through the handle moves the stage's thread to loop 0 for the write
//     (what the runtime does), and VT_follow takes it back to loop 1 for the next chunk — two
//     moves a chunk, each carrying everything the stage keeps live;
//   - proxied: the stage stays on loop 1 and hands each chunk to a small thread of its own,
//     which goes home with the chunk alone and writes it; the stage joins it (VT_write's
//     meaning: it returns once the bytes are written); and the same going home after each write,
//     as a stage must whose next step is at home (reading the next request from the socket);
// and, as the floor, the same stage on loop 0 (no move). The stage's live state is a
// Float64Array of 0 or 64 KB; chunks of 1 KB or 64 KB. Variants take turns, best of ROUNDS.
// Run: npm run bench:writes [-- --smoke]

import net from 'node:net'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { VT_accept, VT_await, VT_channel, VT_clue, VT_follow, VT_handle, VT_join, VT_loop, VT_spawn, VT_start, VT_write, type VHandle } from 'vtify/runtime'

const home = VT_clue('home') // row 0: loop 0
const away = VT_clue('away') // row 1: loop 1

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1' || process.env.VTIFY_BENCH_SMOKE === '1'
const ROUNDS = SMOKE ? 1 : 5
const BYTES_PER_RUN = SMOKE ? 2_000_000 : 64_000_000
const CHUNKS_PER_RUN = SMOKE ? 200 : 4000

type Socket = VHandle<net.Socket>

/** The stage's work on a chunk: cheap, so that what is timed is the writing and the moving. */
function fill(chunk: Uint8Array, state: Float64Array, i: number): void {
  chunk.fill(i & 255)
  if (state.length > 0) state[i % state.length]! += 1
}

/** Where the stage computes, and how it writes: one per variant (see the top of the file). */
interface Way {
  readonly name: string
  /** When the stage follows the clue on loop 1: never (it stays on loop 0), once at its start, or before each chunk. */
  readonly away: 'never' | 'once' | 'each chunk'
  /** Writes through a thread of its own that goes home with the chunk (else VT_write itself). */
  readonly proxied: boolean
  /** Goes home after each write. */
  readonly homeEachChunk: boolean
}

const WAYS: readonly Way[] = [
  { name: 'moved home (the runtime)', away: 'each chunk', proxied: false, homeEachChunk: false },
  { name: 'proxied by a thread', away: 'once', proxied: true, homeEachChunk: false },
  { name: 'proxied, then home', away: 'each chunk', proxied: true, homeEachChunk: true },
  { name: 'on loop 0, no move', away: 'never', proxied: false, homeEachChunk: false },
]

export function writeFor(conn: Socket, chunk: Uint8Array): number {
  return VT_write(conn, chunk)
}

/** Way `w` of WAYS; only its index travels with the thread (an object would add to every move). */
export function stage(conn: Socket, w: number, chunkBytes: number, stateBytes: number, chunks: number): number {
  const state = new Float64Array(stateBytes / 8)
  const chunk = new Uint8Array(chunkBytes)
  let written = 0
  if (WAYS[w]!.away === 'once') VT_follow(away)
  for (let i = 0; i < chunks; i++) {
    if (WAYS[w]!.away === 'each chunk') VT_follow(away)
    if (WAYS[w]!.away !== 'never' && VT_loop() !== 1) throw new Error(`${WAYS[w]!.name}: computing on loop ${VT_loop()}, not on loop 1`)
    fill(chunk, state, i)
    // VT_write through the handle from loop 1 moves the thread to loop 0
    written += WAYS[w]!.proxied ? VT_join(VT_spawn(writeFor, conn, chunk)) : VT_write(conn, chunk)
    if (WAYS[w]!.homeEachChunk) VT_follow(home)
  }
  if (WAYS[w]!.away === 'once') VT_follow(home)
  return written
}

/** A client on loop 0 that reads and drops everything; the server's end of it, as a handle. */
function connection(): { conn: Socket; received: () => number } {
  const server = VT_channel(net.createServer().listen(0, '127.0.0.1'))
  VT_await(new Promise((listening) => server.once('listening', listening)))
  let received = 0
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1')
  client.on('data', (data: Buffer) => (received += data.length))
  const conn = VT_handle(VT_accept<net.Socket>(server))
  server.close()
  return { conn, received: () => received }
}

export function main(): string {
  const { conn, received } = connection()
  const lines = [`bench:writes — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, node ${process.version}, best of ${ROUNDS}, load ${load()}`]
  let total = 0
  for (const stateBytes of [0, 65_536]) {
    for (const chunkBytes of [1024, 65_536]) {
      const chunks = Math.min(CHUNKS_PER_RUN, Math.floor(BYTES_PER_RUN / chunkBytes))
      const best = WAYS.map(() => Infinity)
      for (let round = 0; round < ROUNDS; round++) {
        for (const [v, way] of WAYS.entries()) {
          const start = performance.now()
          const written = VT_join(VT_spawn(stage, conn, v, chunkBytes, stateBytes, chunks))
          const us = ((performance.now() - start) * 1000) / chunks
          if (written !== chunks * chunkBytes) throw new Error(`${way.name}: wrote ${written} bytes of ${chunks * chunkBytes}`)
          total += written
          best[v] = Math.min(best[v]!, us)
        }
      }
      lines.push(`\nstate ${stateBytes / 1024} KB, chunks of ${chunkBytes / 1024} KB (${chunks} a run):`)
      for (const [v, { name }] of WAYS.entries()) {
        const ratio = v === 0 ? '' : `   moved home ÷ this ${(best[0]! / best[v]!).toFixed(2)}×`
        lines.push(`  ${name.padEnd(28)} ${best[v]!.toFixed(1).padStart(8)} µs a chunk${ratio}`)
      }
    }
  }
  while (received() < total) VT_await(new Promise((later) => setTimeout(later, 10)))
  lines.push(`\nthe client received all ${total.toLocaleString('en')} bytes; load at the end ${load()}`)
  return lines.join('\n')
}

function load(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
}

// In loop 1's worker VT_start joins the loops and never settles: nothing below runs twice.
// no Cluethread: it would move a clue to even the loads, and the stages would stop moving
VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }).then(
  (text) => {
    console.log(text)
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`bench:writes failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  },
)
