// Boundaries in the middle of expressions, in JavaScript's evaluation order: destructuring
// defaults (nested, array holes, rest, assignment patterns), tagged and untagged templates,
// computed keys and spreads, comma, && and ??.

import { VT_yield } from 'vtify/runtime'

function read(tag: string, log: string[]): string { VT_yield(); log.push(`read ${tag}`); return tag }

export function main(log: string[]): string {
  const src: { a?: string; b?: string; c?: { d?: string } } = { b: 'B' }
  const { a = read('a', log), b = read('b', log), c: { d = read('d', log) } = {} } = src
  log.push(`${a} ${b} ${d}`)
  const [x = read('x', log), , y = read('y', log), ...rest] = [undefined, 1, undefined, 3, 4]
  log.push(`${x} ${y} ${rest.join('|')}`)
  let p: string, q: string
  ;({ p = read('p', log), q = read('q', log) } = { q: 'Q' } as { p?: string; q?: string })
  log.push(p + q)
  const tag = (s: TemplateStringsArray, ...v: string[]) => s.raw.join('_') + v.join('+')
  log.push(tag`1${read('t1', log)}2${read('t2', log)}3`)
  log.push(`${read('u', log)}-${[read('v', log), read('w', log)].join()}`)
  const o = { [read('key', log)]: read('val', log), ...{ s: read('spread', log) } }
  log.push(JSON.stringify(o))
  const r = (read('c1', log), read('c2', log))
  return r + (read('l', log) && read('r', log)) + (null ?? read('n', log))
}
