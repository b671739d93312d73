// Closures over locals that are written after they are made, across boundaries: a counter's
// closures sharing its variables, per-iteration `let` copies captured by spawned threads, and a
// spawned arrow writing its spawner's local while the spawner is parked.

import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function makeCounter(log: string[]) {
  let n = 0
  let history: number[] = []
  const bump = (by: number) => {
    VT_yield()
    n += by
    history = [...history, n]
    return n
  }
  return { bump, read: () => n, history: () => history, reset() { n = 0; VT_yield(); log.push('reset') } }
}

export function main(log: string[]): string {
  const c = makeCounter(log)
  let total = 0
  const add = (x: number) => { total += x }
  for (let i = 1; i <= 3; i++) {
    add(c.bump(i))
    const seen = i
    VT_spawn(() => { VT_yield(); add(seen * 100); log.push(`spawned ${seen} total ${total}`) })
  }
  VT_yield(); VT_yield()
  log.push(`n=${c.read()} total=${total} h=${c.history().join(',')}`)
  c.reset()
  log.push(`after reset n=${c.read()}`)
  const fns: (() => number)[] = []
  for (let j = 0; j < 3; j++) {
    fns.push(() => j)
    VT_yield()
    j++
  }
  log.push(fns.map((f) => f()).join(','))
  let x = 1
  const t = VT_spawn(() => { x = 2; VT_yield(); x *= 10; return x })
  log.push(`x before join ${x}`)
  log.push(`joined ${VT_join(t)} x=${x}`)
  return String(total)
}
