import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// Three threads yielding in turn: each VT_yield lets every other runnable thread run once.
function spinner(name: string, turns: number, log: string[]): void {
  for (let t = 0; t < turns; t++) {
    log.push(`${name}${t}`)
    VT_yield()
  }
}

export function main(log: string[]): number {
  const ts = ['a', 'b', 'c'].map((name, i) => VT_spawn(spinner, name, 2 + i, log))
  spinner('m', 2, log)
  let n = 0
  for (const t of ts) {
    VT_join(t)
    n++
  }
  return n
}
