import { VT_yield } from 'vtify/runtime'

function g(log: string[], x: string): string {
  VT_yield()
  log.push(`g ${x}`)
  return x
}

// State boundaries inside destructuring assignments: defaults (run only for undefined, in
// order), computed keys, targets' objects; rest elements; nested patterns; a for…of head.
export function main(log: string[]): string {
  let a = ''
  let b = ''
  let rest: string[] = []
  const o: { p?: string; q?: string } = {}
  ;[a = g(log, 'a'), b = g(log, 'b'), ...rest] = [undefined, 'B', 'r1', 'r2']
  log.push(`${a} ${b} ${rest.join()}`)
  ;({ x: o.p = g(log, 'p'), [g(log, 'key')]: o.q, y: { z: a = g(log, 'z') } = {} } = { key: 'Q' } as Record<string, unknown>)
  log.push(`${o.p} ${o.q} ${a}`)
  let f: (() => void) | undefined
  ;[f = (): void => {}] = [] as (() => void)[]
  log.push(`name ${f.name}`)
  for ([a = g(log, 'head')] of [[undefined], ['given']]) log.push(`head ${a}`)
  const value = ([a] = [g(log, 'value')])
  return `${a} ${value.length}`
}
