import { VT_yield } from 'vtify/runtime'

const counted: unique symbol = Symbol('counted')

// Multistate methods of an anonymous class and with computed names (evaluated once, where the
// class is defined); a call through a unique-symbol key is a state boundary like `o.m()`.
export function main(log: string[]): string {
  let evaluated = 0
  const Anon = class {
    base = 2
    scale(x: number): number {
      VT_yield()
      return x * this.base
    }
    [`dy${(evaluated++, 'n')}`](x: number): number {
      VT_yield()
      return x + this.base
    }
    [counted](): string {
      VT_yield()
      return `counted ${evaluated}`
    }
    static [Symbol.for('s')](): string {
      VT_yield()
      return 'static'
    }
  }
  const a = new Anon()
  log.push(`${a.scale(3)} ${a[counted]()} ${evaluated} ${Anon.name}`)
  const dyn = (a as unknown as Record<string, { name: string }>).dyn!
  return `${dyn.name} ${a.scale(1)}`
}
