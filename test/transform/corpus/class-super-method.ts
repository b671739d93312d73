import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Base {
  constructor(readonly name: string, readonly log: string[]) {}
  get label(): string {
    return `<${this.name}>`
  }
  plain(x: number): string {
    return `Base.plain(${x}) on ${this.name}`
  }
  step(x: number): number {
    VT_yield()
    this.log.push(`Base.step ${x} on ${this.name}`)
    return x + 1
  }
  static make(tag: string): string {
    return `Base.make ${tag} by ${this.name}`
  }
}

class Derived extends Base {
  override plain(x: number): string {
    return `Derived.plain(${x})`
  }
  override step(x: number): number {
    this.log.push(`Derived.step ${x} ${super.label} ${super.plain(x)}`)
    const a = super.step(x) // multistate base method: a state boundary
    VT_yield()
    const b = super.step(a * 10)
    const key = 'plain'
    this.log.push(`Derived after ${a} ${b} ${super[key](b)}`)
    return a + b
  }
  static override make(tag: string): string {
    VT_yield()
    return `${super.make(tag)} via Derived`
  }
}

export function main(log: string[]): string {
  const d = new Derived('d', log)
  const t = VT_spawn(() => new Derived('e', log).step(100))
  const r = d.step(1)
  log.push(Derived.make('x'))
  return `${r} ${VT_join(t)}`
}
