import { VT_yield } from 'vtify/runtime'

// Multistate functions stored in a Map (called as map.get(k)!(x)) and in a record (ops['d']!(x)):
// the flow loses them there, so the calls are matched with the escaped functions of their shape
// (compiler/analyze/escapes.ts) and run through the runtime's dynamic call.
function double(x: number): number {
  VT_yield()
  return x * 2
}

function square(x: number): number {
  VT_yield()
  return x * x
}

export function main(log: string[]): string {
  const byName = new Map<string, (x: number) => number>([['d', double], ['s', square]])
  const ops: Record<string, (x: number) => number> = { n: (x) => -x, d: double }
  const out = `${byName.get('s')!(4)} ${ops['d']!(ops['n']!(5))}`
  log.push(out)
  return out
}
