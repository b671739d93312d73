// The helpers a generated program calls, printed at its top (only those it uses). The multistate
// ones log and yield, so that where a state boundary resumes shows in the log.

export type Helper = 'b' | 'bt' | 'bv' | 'sum' | 'maybe' | 'box' | 'pair'

const HELPERS: Record<Helper, string> = {
  b: `function b(n: number, log: string[]): number {
  // A budget keeps generated programs short whatever their loops and calls multiply to.
  if (log.length > 400) throw new RangeError('log budget')
  log.push(\`b \${n}\`)
  VT_yield()
  log.push(\`b \${n} back\`)
  return n + 1
}`,
  bt: `function bt(n: number, log: string[]): number {
  VT_yield()
  if (n % 3 === 0) throw new Error(\`bt \${n}\`)
  log.push(\`bt \${n}\`)
  return n
}`,
  bv: `function bv(log: string[], ...xs: number[]): number {
  VT_yield()
  log.push(\`bv \${xs.join(',')}\`)
  return xs.length
}`,
  sum: `function sum(...xs: number[]): number {
  return xs.reduce((a, x) => a + x, 0)
}`,
  maybe: `function maybe(n: number): number | undefined {
  return n % 2 === 0 ? undefined : n
}`,
  box: `function box(n: number): { v: number } | undefined {
  return n % 3 === 0 ? undefined : { v: n }
}`,
  pair: `function pair(o: { p: number; q: number }): number {
  return o.p * 10 + o.q
}`,
}

const ORDER = Object.keys(HELPERS) as Helper[]

/** The import of the primitives and the helpers in `used`. */
export function prelude(used: ReadonlySet<Helper>): string {
  const helpers = ORDER.filter((h) => used.has(h)).map((h) => HELPERS[h])
  return ["import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'", ...helpers].join('\n\n')
}
