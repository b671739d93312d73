// Found by the fuzzer (seed 7, path 1) and shrunk: the oracle's scheduler resumed a thread after
// VT_yield with the error its previous VT_join had rethrown (an oracle bug; vtify was right).
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b } from './_fuzz.ts'

function f0(n: number, log: string[]): number {
  throw new Error(`x1 ${n}`)
  let v2 = n
  return n
}

export function main(log: string[]): number {
  const n = 0
  log.push(`main ${n}`)
  try {
    VT_join(VT_spawn(f0, n, log))
  } catch (e3) {
    log.push(`e3 ${String(e3)}`)
  }
  return b(n, log)
}
