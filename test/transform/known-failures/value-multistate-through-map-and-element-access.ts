import { VT_yield } from 'vtify/runtime'

// KNOWN FAILURE: a multistate function stored in a Map (called as map.get(k)!(x)) or in a
// record (called as ops['d']!(x)) is not a state boundary in the analysis model, so neither the
// oracle nor vtify suspends there: the oracle logs "[object Generator]" (the generator is never
// run) and vtify calls the stub, which throws "called by code that vtify did not transform".
// Expected (DESIGN.md §4: unknown targets go through a dynamic call): "16 -10".
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
