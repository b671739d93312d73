// Methods as threads: a bound method, an arrow calling an overriding method that calls super's,
// an arrow field, a private and a static multistate method, an object literal's method through
// `this`, and an optional call of a multistate method.

import { VT_join, VT_spawn, VT_yield, VT_run } from 'vtify/runtime'

class Base {
  protected items: string[] = []
  #secret = 1
  constructor(readonly name: string) {}
  work(x: string): string {
    VT_yield()
    this.items.push(x)
    return `${this.name}:${x}:${this.#bump()}`
  }
  #bump(): number { VT_yield(); return ++this.#secret }
  static make(name: string): Base { VT_yield(); return new Base(name) }
  get count() { return this.items.length }
}

class Derived extends Base {
  override work(x: string): string {
    const r = super.work(x.toUpperCase())
    VT_yield()
    return `D(${r})`
  }
  run = (n: number) => { let s = ''; for (let i = 0; i < n; i++) s += this.work(String(i)); return s }
}

export function main(log: string[]): string {
  const b = Base.make('b')
  const d = new Derived('d')
  const t1 = VT_spawn(b.work.bind(b), 'x')
  const t2 = VT_spawn(() => d.work('y'))
  const t3 = VT_spawn(d.run, 2)
  const obj = { n: 0, step() { VT_yield(); return ++this.n } }
  const t4 = VT_spawn(() => obj.step() + obj.step())
  log.push(VT_join(t1), VT_join(t2), VT_join(t3), String(VT_join(t4)))
  log.push(`counts ${b.count} ${d.count} ${obj.n}`)
  const maybe: { m?: () => string } | undefined = { m: () => { VT_yield(); return 'opt' } }
  log.push(maybe?.m?.() ?? 'none')
  return 'ok'
}
