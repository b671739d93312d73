// Generates a deterministic multi-module TypeScript project of about `lines` lines that looks like
// vtify user code: blocking I/O helpers, handlers passed as values, classes, interfaces, utilities.
// Used by the analysis, editor and lint benchmarks (bench:analysis, bench:editor, bench:lint).

import fs from 'node:fs'
import path from 'node:path'

const LINES_PER_MODULE = 200

/** A small seeded PRNG so every run generates the same project. */
function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function moduleSource(index, modules, rand) {
  const out = []
  const deps = [...new Set([1, 2, 3].map(() => Math.floor(rand() * index)).filter((d) => d < index))]
  out.push(`import { VT_read, VT_write, VT_yield } from 'vtify/runtime'`)
  for (const d of deps) out.push(`import { io${d}, util${d}, Worker${d}, type Handler${d} } from './m${d}.js'`)
  out.push('')
  out.push(`export type Handler${index} = (ch: object, n: number) => number`)
  out.push('')
  out.push(`/** Reads a record: blocks in VT_read. */`)
  out.push(`export function io${index}(ch: object, n: number): number {`)
  out.push(`  const buf = new Uint8Array(n + 1)`)
  out.push(`  let total = 0`)
  out.push(`  while (total < n) {`)
  out.push(`    const got = VT_read(ch, buf, n - total)`)
  out.push(`    if (got === 0) break`)
  out.push(`    total += got`)
  out.push(`  }`)
  out.push(`  return total`)
  out.push(`}`)
  out.push('')
  out.push(`export function util${index}(x: number): number {`)
  out.push(`  let acc = x`)
  out.push(`  for (let i = 0; i < 8; i++) acc = (acc * 31 + i) % 1000003`)
  out.push(`  return acc`)
  out.push(`}`)
  out.push('')
  out.push(`export class Worker${index} {`)
  out.push(`  private count = 0`)
  out.push(`  constructor(private readonly ch: object) {}`)
  out.push(`  step(n: number): number {`)
  out.push(`    this.count += util${index}(n)`)
  out.push(`    VT_yield()`)
  out.push(`    return this.count`)
  out.push(`  }`)
  out.push(`  send(data: string): number {`)
  out.push(`    return VT_write(this.ch, data)`)
  out.push(`  }`)
  out.push(`  size(): number {`)
  out.push(`    return this.count`)
  out.push(`  }`)
  out.push(`}`)
  out.push('')
  out.push(`export function serve${index}(handler: Handler${index}, ch: object): number {`)
  out.push(`  let served = 0`)
  out.push(`  for (let i = 0; i < 3; i++) served += handler(ch, i)`)
  out.push(`  return served`)
  out.push(`}`)
  out.push('')
  let fn = 0
  while (out.length < LINES_PER_MODULE - 12) {
    const name = `f${index}_${fn++}`
    const kind = rand()
    out.push(`export function ${name}(ch: object, n: number): number {`)
    out.push(`  let v = util${index}(n)`)
    if (kind < 0.3 && deps.length > 0) {
      const d = deps[Math.floor(rand() * deps.length)]
      out.push(`  v += io${d}(ch, n % 7)`)
      out.push(`  const w = new Worker${d}(ch)`)
      out.push(`  v += w.step(v)`)
    } else if (kind < 0.5) {
      out.push(`  v += serve${index}(io${index}, ch)`)
      out.push(`  if (v > 10) v = util${index}(v)`)
    } else if (kind < 0.6 && deps.length > 0) {
      const d = deps[0]
      out.push(`  const h: Handler${d} = (c, k) => util${d}(k) + (c ? 1 : 0)`)
      out.push(`  v += h(ch, n)`)
    } else {
      out.push(`  for (let i = 0; i < n % 5; i++) v = (v + i * 3) % 97`)
      out.push(`  v = v > 50 ? v - 1 : v + 1`)
    }
    out.push(`  return v`)
    out.push(`}`)
    out.push('')
  }
  return { text: `${out.join('\n')}\n`, functions: fn }
}

/**
 * Writes the project under `dir` (wiped first) and returns its files.
 * @param {string} dir
 * @param {{ lines?: number, seed?: number }} [options]
 */
export function generateProject(dir, { lines = 20_000, seed = 42 } = {}) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true })
  const modules = Math.ceil(lines / LINES_PER_MODULE)
  const rand = random(seed)
  const files = []
  let total = 0
  for (let i = 0; i < modules; i++) {
    const { text } = moduleSource(i, modules, rand)
    const file = path.join(dir, 'src', `m${i}.ts`)
    fs.writeFileSync(file, text)
    files.push(file)
    total += text.split('\n').length - 1
  }
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022'] },
        include: ['src'],
      },
      null,
      2,
    ),
  )
  return { dir, files, lines: total }
}
