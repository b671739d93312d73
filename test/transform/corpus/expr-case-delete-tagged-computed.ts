import { VT_yield } from 'vtify/runtime'

function g(log: string[], x: string): string {
  VT_yield()
  log.push(`g ${x}`)
  return x
}

// State boundaries in case tests (run in order until one matches), in `delete`'s operand, in a
// tagged template's substitutions (one strings array per site), in computed keys, and in a
// destructuring default of a catch binding.
export function main(log: string[]): string {
  for (const v of ['1', '2', '3']) {
    switch (v) {
      case g(log, '1'):
        log.push('one')
        break
      case g(log, '2'):
        log.push('two')
        break
      default:
        log.push('other')
    }
  }
  const o: Record<string, number> = { a: 1, b: 2 }
  log.push(`${delete o[g(log, 'a')]} ${JSON.stringify(o)}`)
  const tag = (s: TemplateStringsArray, ...v: unknown[]): string => `${s.raw.join('|')}:${v.join(',')}`
  const sites: TemplateStringsArray[] = []
  const keep = (s: TemplateStringsArray): TemplateStringsArray => {
    sites.push(s)
    return s
  }
  for (let i = 0; i < 2; i++) log.push(tag`a${g(log, 'x')}b${i}c`, keep`q${g(log, 'y')}`.raw[0]!)
  log.push(`same strings ${sites[0] === sites[1]}`)
  const key = (s: string): string => {
    log.push(`key ${s}`)
    return s
  }
  const built = { [key('k1')]: g(log, 'v1'), [g(log, 'k2')]: 2, [key('k3')]: 3 }
  log.push(JSON.stringify(built))
  try {
    throw { name: 'E' }
  } catch ({ message = g(log, 'default'), name }) {
    log.push(`caught ${String(message)} ${String(name)}`)
  }
  return 'done'
}
