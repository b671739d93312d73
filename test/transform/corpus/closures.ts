import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const fns: (() => string)[] = []
  for (const name of ['a', 'b', 'c']) {
    const upper = name.toUpperCase()
    VT_yield()
    fns.push(() => `${name}${upper}`)
  }
  const base = 10
  const add = (x: number): number => x + base
  VT_yield()
  log.push(`add ${add(5)}`)
  const doubled = [1, 2, 3].map((x) => x * base)
  log.push(`doubled ${doubled.join(',')}`)
  return fns.map((f) => f()).join(' ')
}
