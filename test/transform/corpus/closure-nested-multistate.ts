import { VT_yield } from 'vtify/runtime'

// A multistate function declared inside a multistate function is hoisted like any function
// declaration; multistate closures' stubs have the closure's name (their kind — no prototype for
// a method or an arrow — is checked in stubs.test.ts: the oracle's generators have one).
export function main(log: string[]): string {
  log.push(`early ${step(1)}`)
  function step(n: number): number {
    VT_yield()
    return n + 1
  }
  const o = {
    m(): boolean {
      VT_yield()
      return this === o
    },
    arrow: (): void => {
      VT_yield()
    },
  }
  const built = new (function (this: { v: number }) {
    this.v = 3
  } as unknown as new () => { v: number })()
  log.push(`${step.name} ${step.length} ${o.m.name} ${o.arrow.name} ${built.v}`)
  return `${o.m()} ${(o.m)()} ${step(2)}`
}
