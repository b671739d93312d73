import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Worker {
  done: string[] = []
  constructor(readonly name: string) {}
  // A multistate arrow in a field initialiser: `this` is the instance, whoever calls it.
  work = (task: string): number => {
    VT_yield()
    this.done.push(task)
    return this.done.length
  }
}

export function main(log: string[]): string {
  const w = new Worker('w')
  const detached = w.work
  detached('a')
  const t = VT_spawn(w.work, 'b')
  VT_join(t)
  log.push(`${w.name} did ${w.done.join(',')}`)
  return String(w.work('c'))
}
