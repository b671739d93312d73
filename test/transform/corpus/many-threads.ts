import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function child(id: number, rounds: number, log: string[]): number {
  for (let r = 0; r < rounds; r++) {
    if ((id + r) % 3 === 0) VT_yield()
    log.push(`c${id}r${r}`)
  }
  return id
}

function spawner(n: number, log: string[]): number {
  const threads = []
  for (let i = 0; i < n; i++) {
    threads.push(VT_spawn(child, i, 1 + (i % 3), log))
    if (i % 2 === 0) VT_yield()
  }
  let sum = 0
  for (const t of threads) sum += VT_join(t)
  return sum
}

export function main(log: string[]): number {
  return spawner(7, log)
}
