import { VT_yield } from 'vtify/runtime'

// Same name as a function of cross-module-cps.ts: both are live in one continuation at once.
function inner(n: number, log: string[]): number {
  const doubled = n * 2
  VT_yield()
  log.push(`steps inner ${n} -> ${doubled}`)
  return doubled
}

export function step(tag: string, log: string[], ...extra: number[]): string {
  const local = `${tag}!`
  const r = inner(tag.length, log)
  VT_yield()
  return `${local}${r}+${extra.length}`
}

export function countArgs(a: number, b?: number): number {
  VT_yield()
  return arguments.length * 100 + a + (b ?? 0)
}

export function fail(message: string): never {
  VT_yield()
  throw new Error(message)
}

export default function byDefault(x: number): number {
  VT_yield()
  return x + 1
}
