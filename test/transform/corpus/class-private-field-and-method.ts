import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Counter {
  #count = 0
  static #instances = 0
  constructor(readonly name: string) {
    Counter.#instances++
  }
  #bump(by: number): number {
    this.#count += by
    return this.#count
  }
  run(times: number, log: string[]): number {
    for (let i = 0; i < times; i++) {
      VT_yield()
      log.push(`${this.name} at ${this.#bump(i + 1)}`)
    }
    return this.#count
  }
  static total(): number {
    VT_yield()
    return Counter.#instances
  }
}

export function main(log: string[]): string {
  const a = new Counter('a')
  const b = new Counter('b')
  const t = VT_spawn(() => b.run(2, log))
  const ra = a.run(3, log)
  return `${ra} ${VT_join(t)} ${Counter.total()}`
}
