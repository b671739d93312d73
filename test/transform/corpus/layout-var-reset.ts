// A `var` (and a `let` without initialiser) starts undefined in every call, though the
// continuation's slot outlives the call that wrote it: the second call must not see the first's.
import { VT_yield } from 'vtify/runtime'

function probe(first: boolean, log: string[]): string {
  var seen: number | undefined
  let other: string | undefined
  if (first) {
    seen = 1
    other = 'set'
  }
  VT_yield()
  log.push(`probe ${first}: ${String(seen)} ${String(other)}`)
  return `${String(seen)}/${String(other)}`
}

export function main(log: string[]): string {
  const a = probe(true, log)
  const b = probe(false, log)
  return `${a} ${b}`
}
