// One million suspended threads in one process: vtify threads parked in VT_join on one thread
// (bench/runtime/blocking/parked.ts, compiled by vtify) against as many async functions parked
// in `await` on one promise (bench/runtime/parked-async.ts). Each variant runs in a process of its
// own and reports the time to start them all until every one has parked, the time from waking
// them to all ended, the heap they hold while parked and the process's peak RSS.
// Run: npm run bench:million [-- --smoke] (10,000 threads: checks that it runs)

import { fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { VT_pipe, VT_spawn, VT_stats, type VThread } from '../../runtime/index.js'
import { importCompiled } from './compiled.js'
import { heapInUse, turn, until } from './heap.js'
import { joinAsync } from './parked-async.js'

const VARIANTS = ['vtify', 'async'] as const
type Variant = (typeof VARIANTS)[number]

interface Figures {
  threads: number
  spawnMs: number
  finishMs: number
  heapPerThread: number
  peakRssMb: number
}

const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6

async function vtify(threads: number): Promise<Figures> {
  const { joinThread, readThread } = await importCompiled<{
    joinThread: (t: VThread<number>, a: number, b: number) => number
    readThread: (ch: object, buf: Uint8Array, a: number) => number
  }>('blocking/parked.js')
  const gate = VT_pipe(1)
  const target = VT_spawn(readThread, gate, new Uint8Array(1), 0)
  const base = heapInUse()
  const start = process.hrtime.bigint()
  for (let i = 0; i < threads; i++) VT_spawn(joinThread, target, i, 2)
  await until(() => VT_stats().throws >= threads + 1)
  const spawnMs = ms(start)
  const heapPerThread = (heapInUse() - base) / threads
  const finish = process.hrtime.bigint()
  gate.close()
  await until(() => VT_stats().live === 0)
  return { threads, spawnMs, finishMs: ms(finish), heapPerThread, peakRssMb: 0 }
}

async function asyncFunctions(threads: number): Promise<Figures> {
  let open: (n: number) => void = () => {}
  const target = new Promise<number>((resolve) => (open = resolve))
  const all: Promise<number>[] = new Array<Promise<number>>(threads)
  const base = heapInUse()
  const start = process.hrtime.bigint()
  for (let i = 0; i < threads; i++) all[i] = joinAsync(target, i, 2)
  await turn(1) // an async function runs to its first await when called
  const spawnMs = ms(start)
  const heapPerThread = (heapInUse() - base) / threads
  const finish = process.hrtime.bigint()
  open(0)
  await Promise.all(all)
  return { threads, spawnMs, finishMs: ms(finish), heapPerThread, peakRssMb: 0 }
}

async function child(variant: Variant, threads: number): Promise<void> {
  const figures = variant === 'vtify' ? await vtify(threads) : await asyncFunctions(threads)
  figures.peakRssMb = process.resourceUsage().maxRSS / 1024
  process.send?.(figures)
}

async function main(threads: number): Promise<void> {
  const self = fileURLToPath(import.meta.url)
  console.log(`${threads.toLocaleString('en')} suspended threads in one process, each variant in its own (node ${process.version})`)
  console.log('  variant   start until all parked   wake until all ended   heap per thread   peak RSS')
  for (const variant of VARIANTS) {
    const worker = fork(self, [variant, String(threads)], { execArgv: ['--expose-gc'] })
    const [f] = (await once(worker, 'message')) as [Figures]
    const row = [
      `${f.spawnMs.toFixed(0)} ms`.padStart(22),
      `${f.finishMs.toFixed(0)} ms`.padStart(22),
      `${f.heapPerThread.toFixed(0)} B`.padStart(17),
      `${f.peakRssMb.toFixed(0)} MB`.padStart(10),
    ]
    console.log(`  ${variant.padEnd(7)} ${row.join(' ')}`)
  }
}

const [variant, count] = process.argv.slice(2)
if (variant === 'vtify' || variant === 'async') await child(variant, Number(count))
else await main(variant === '--smoke' ? 10_000 : 1_000_000)
