// `f.apply(t, list)` and `Reflect.apply(f, t, list)` of a multistate f are calls of f: they
// suspend the thread, with `this` and the arguments passed on — from an array, an array-like
// object or (`apply` only) nothing. Wrong arguments fail as the built-ins fail, and a plain or
// library function is simply called.

import { VT_yield } from 'vtify/runtime'

function greet(this: { name: string }, greeting: string, mark: string): string {
  VT_yield()
  return `${greeting}, ${this.name}${mark}`
}

const sum = (...xs: number[]): number => {
  let total = 0
  for (const x of xs) {
    VT_yield()
    total += x
  }
  return total
}

export function main(log: string[]): string {
  log.push(Reflect.apply(greet, { name: 'Ada' }, ['Hello', '!']))
  log.push(String(Reflect.apply(sum, undefined, [1, 2, 3])))
  log.push(String(Reflect.apply(sum, undefined, { length: 2, 0: 10, 1: 20 } as unknown as number[])))
  log.push(String(Reflect.apply(Math.max, undefined, [4, 9, 2])))
  try {
    Reflect.apply(sum, undefined, 5 as unknown as number[])
  } catch (e) {
    log.push(`not a list: ${(e as Error).name}`)
  }
  const pick = (fast: boolean): ((...xs: number[]) => number) => (fast ? Math.min : sum)
  log.push(String(Reflect.apply(pick(false), null, [5, 6])), String(Reflect.apply(pick(true), null, [5, 6])))
  const like = { length: 3, 0: 1, 1: 2, 2: 3 } as unknown as number[]
  log.push(String(sum.apply(undefined, like)), String(sum.apply(null, undefined as unknown as number[])))
  log.push(greet.apply({ name: 'Bo' }, ['Hi', '?']))
  for (const bad of [5, 'ab', true]) {
    try {
      sum.apply(null, bad as unknown as number[])
      log.push(`apply took ${String(bad)}`)
    } catch (e) {
      log.push(`apply of ${String(bad)}: ${(e as Error).name}`)
    }
  }
  return 'ok'
}
