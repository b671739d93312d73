import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Vault {
  #items: string[] = []
  static #opened = 0
  constructor(readonly name: string) {}
  // Private multistate methods, instance and static, called from multistate and plain code paths.
  #store(item: string, log: string[]): number {
    VT_yield()
    this.#items.push(item)
    log.push(`${this.name} stored ${item}`)
    return this.#items.length
  }
  static #count(): number {
    VT_yield()
    return ++Vault.#opened
  }
  fill(items: string[], log: string[]): string {
    let n = 0
    for (const item of items) n = this.#store(item, log)
    const opened = Vault.#count()
    return `${this.name}: ${n} items (${opened}) ${#store in this}`
  }
}

export function main(log: string[]): string {
  const a = new Vault('a')
  const t = VT_spawn(() => new Vault('b').fill(['x'], log))
  const r = a.fill(['p', 'q'], log)
  return `${r} | ${VT_join(t)}`
}
