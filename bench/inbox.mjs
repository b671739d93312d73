// How fast can one event loop hand a thread to another? The parts of a migration that are not
// vtify's own: waking the other thread (a MessagePort message, or Atomics.notify seen by
// Atomics.waitAsync — the inbox design docs/runtime.md §14.2 weighs) and copying a small migrant
// (structured clone, which postMessage does, against v8.serialize/deserialize, which a
// SharedArrayBuffer ring would need). Round trips between two idle threads, medians of
// `npm run bench:inbox`; a one-way hop is about half a round trip.

/* global setTimeout, setInterval, clearInterval, performance, structuredClone -- Node's */

import v8 from 'node:v8'
import { MessageChannel, Worker } from 'node:worker_threads'

const ROUND_TRIPS = Number(process.env.VTIFY_BENCH_SMOKE ? 500 : 20_000)
/** A migrant as loops/migrant.ts makes it, for a thread with three small live variables. */
const MIGRANT = {
  t: 'migrant',
  m: { id: 4, root: 'src/a.ts#serve@3', fn: 'src/a.ts#serve@3', state: 4, frames: [0], slots: { m1$s0: 7, m1$s1: 'text', m1$s2: [1, 2] }, clue: 1 },
}

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 1000
}

async function messagePort() {
  const { port1, port2 } = new MessageChannel()
  const worker = new Worker(`const { workerData } = require('node:worker_threads'); workerData.port.on('message', (m) => workerData.port.postMessage(m))`, {
    eval: true,
    workerData: { port: port2 },
    transferList: [port2],
  })
  const samples = []
  await new Promise((resolve) => setTimeout(resolve, 100))
  for (let i = 0; i < ROUND_TRIPS; i++) {
    const start = performance.now()
    port1.postMessage(MIGRANT)
    await new Promise((resolve) => port1.once('message', resolve))
    samples.push(performance.now() - start)
  }
  port1.close()
  await worker.terminate()
  return samples
}

async function waitAsync() {
  const flags = new Int32Array(new SharedArrayBuffer(8)) // [0] ping count, [1] pong count
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads'); const f = new Int32Array(workerData.sab); let seen = 0
     const keep = setInterval(() => {}, 1 << 30)
     function next() { const r = Atomics.waitAsync(f, 0, seen); (r.async ? r.value : Promise.resolve()).then(() => { seen = Atomics.load(f, 0); Atomics.add(f, 1, 1); Atomics.notify(f, 1); next() }) }
     next()`,
    { eval: true, workerData: { sab: flags.buffer } },
  )
  const samples = []
  let seen = 0
  await new Promise((resolve) => setTimeout(resolve, 100))
  for (let i = 0; i < ROUND_TRIPS; i++) {
    const start = performance.now()
    Atomics.add(flags, 0, 1)
    Atomics.notify(flags, 0)
    const r = Atomics.waitAsync(flags, 1, seen)
    if (r.async) await r.value
    seen = Atomics.load(flags, 1)
    samples.push(performance.now() - start)
  }
  await worker.terminate()
  return samples
}

function copies(copy) {
  const samples = []
  for (let i = 0; i < ROUND_TRIPS; i++) {
    const start = performance.now()
    for (let j = 0; j < 100; j++) copy(MIGRANT)
    samples.push((performance.now() - start) / 100)
  }
  return samples
}

// a pending waitAsync does not keep the process alive
const keepAlive = setInterval(() => {}, 1 << 30)
const port = await messagePort()
const atomics = await waitAsync()
const clone = copies((m) => structuredClone(m))
const serialize = copies((m) => v8.deserialize(v8.serialize(m)))
clearInterval(keepAlive)

const rows = [
  ['MessagePort round trip (postMessage, a migrant)', port],
  ['Atomics.notify → waitAsync round trip (no data)', atomics],
  ['structuredClone of a migrant', clone],
  ['v8.serialize + deserialize of a migrant', serialize],
]
console.log(`${ROUND_TRIPS} samples each, µs`)
for (const [name, samples] of rows)
  console.log(`  ${name.padEnd(50)} median ${percentile(samples, 0.5).toFixed(2).padStart(7)}   p99 ${percentile(samples, 0.99).toFixed(2).padStart(7)}`)
const hop = percentile(port, 0.5) / 2
const ring = percentile(atomics, 0.5) / 2 + percentile(serialize, 0.5)
console.log(
  `one hop, MessagePort ≈ ${hop.toFixed(1)} µs; a SharedArrayBuffer ring woken by waitAsync ≈ ${ring.toFixed(1)} µs (wake + copy): ring/port ${(ring / hop).toFixed(2)}×`,
)
