// The three CPU-bound stages of bench:clues' pipeline, as plain functions: the vtify pipeline
// (pipeline.ts) and the baselines of bench/runtime/clues.ts (async/await, worker_threads) call
// these same functions, so every configuration does the same work per request. Each stage runs
// its unit of work `reps` times; the driver picks the reps so that the stages cost about the same.

import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/** Repetitions of each stage's unit of work per request. */
export interface StageReps {
  readonly parse: number
  readonly hash: number
  readonly compress: number
}

/** What parse hands on: a reduction over the document, small enough to travel with the thread. */
export interface Summary {
  readonly items: number
  readonly total: number
  readonly tagged: number
}

interface Item {
  id: number
  name: string
  price: number
  qty: number
  tags: string[]
  dims: { w: number; h: number; d: number }
}

const TAGS = ['red', 'green', 'blue', 'small', 'large', 'sale', 'new', 'used', 'bulk', 'gift']

/** A deterministic pseudo-random generator (mulberry32): every loop builds the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function item(id: number, next: () => number): Item {
  const tags = TAGS.filter(() => next() < 0.3)
  const name = `item-${id}-${Math.floor(next() * 1e9).toString(36)}`
  const dims = { w: Math.floor(next() * 100), h: Math.floor(next() * 100), d: Math.floor(next() * 100) }
  return { id, name, price: Math.round(next() * 10000) / 100, qty: Math.floor(next() * 50), tags, dims }
}

/** `count` JSON documents (request bodies) of about `bytes` bytes each. */
export function makeDocuments(count: number, bytes: number): string[] {
  const documents: string[] = []
  for (let d = 0; d < count; d++) {
    const next = random(d + 1)
    const items: Item[] = []
    let size = 0
    while (size < bytes) {
      const it = item(items.length, next)
      items.push(it)
      size += JSON.stringify(it).length + 1
    }
    documents.push(JSON.stringify({ request: d, items }))
  }
  return documents
}

/** Parse: JSON.parse of the body and a reduction over its items. */
export function parseStage(body: string, reps: number): Summary {
  let summary: Summary = { items: 0, total: 0, tagged: 0 }
  for (let r = 0; r < reps; r++) {
    const doc = JSON.parse(body) as { items: Item[] }
    let total = 0
    let tagged = 0
    for (const it of doc.items) {
      total += it.price * it.qty + it.dims.w * it.dims.h * it.dims.d * 1e-6
      if (it.tags.includes('sale')) tagged++
    }
    summary = { items: doc.items.length, total, tagged }
  }
  return summary
}

/** Hash: sha256 over the body, iterated (each round hashes the body and the previous digest). */
export function hashStage(body: string, reps: number): string {
  const bytes = Buffer.from(body)
  let digest = Buffer.alloc(32)
  for (let r = 0; r < reps; r++) digest = createHash('sha256').update(bytes).update(digest).digest()
  return digest.toString('hex')
}

/** Compress: zlib deflate of the body (with the digest in front, so that the output depends on the earlier stage). */
export function compressStage(body: string, digest: string, reps: number): number {
  const bytes = Buffer.from(digest + body)
  let size = 0
  for (let r = 0; r < reps; r++) size = deflateSync(bytes).length
  return size
}

/** A request's whole pipeline in one call: what a worker_threads baseline and the calibration run. */
export function wholeRequest(body: string, reps: StageReps): number {
  const summary = parseStage(body, reps.parse)
  const digest = hashStage(body, reps.hash)
  return compressStage(body, digest, reps.compress) + summary.tagged
}
