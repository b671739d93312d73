import { VT_yield } from 'vtify/runtime'

function makeCounter(name: string, log: string[]) {
  return {
    count: 0,
    name,
    step(by: number): number {
      VT_yield()
      this.count += by
      log.push(`${this.name} at ${this.count}`)
      return this.count
    },
    run(times: number): number {
      for (let i = 0; i < times; i++) this.step(i)
      return this.count
    },
    ['tagged'](): string {
      VT_yield()
      return `tagged ${this.name}`
    },
  }
}

export function main(log: string[]): string {
  const c = makeCounter('c', log)
  const d = makeCounter('d', log)
  c.step(2)
  d.run(3)
  const e = { ...c, name: 'e' }
  e.step(1)
  return `${c.count} ${d.count} ${e.count} ${c.tagged()}`
}
