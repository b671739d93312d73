import { VT_yield } from 'vtify/runtime'

// Loop heads that are assignment patterns or comma expressions, with a boundary in the body.
export function main(log: string[]): string {
  let x = 0
  let rest: number[] = []
  for ({ a: x } of [{ a: 5 }, { a: 6 }]) {
    VT_yield()
    log.push(`x ${x}`)
  }
  for ([x, ...rest] of [[1, 2, 3]]) {
    VT_yield()
    log.push(`x ${x} rest ${rest.join()}`)
  }
  const a = [1]
  const b = { p: 1, q: 2 }
  let keys = ''
  for (const key in (log.push('head'), a, b)) {
    VT_yield()
    keys += key
  }
  let d: (() => number) | undefined
  ;({ d = (): number => 1 } = {} as { d?: () => number })
  VT_yield()
  const __proto__ = 7
  const own = { __proto__ }
  log.push(`keys ${keys} ${d.name} ${Object.getPrototypeOf(own) === Object.prototype} ${own.__proto__}`)
  return 'done'
}
