// Calls whose callee is known only through values: an interface's method with one blocking
// implementation among plain ones, a higher-order function given a multistate arrow, a factory
// returning one, a property assigned later, a default parameter, a Map's value, .call and .apply,
// a computed method name and a bound method spawned as a thread.

import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

interface Shape { area(): number; name: string }
class Square implements Shape { name = 'sq'; constructor(private s: number) {} area() { return this.s * this.s } }
class Slow implements Shape { name = 'slow'; constructor(private r: number) {} area() { VT_yield(); return 3 * this.r * this.r } }

function twice(f: () => number): number { return f() + f() }
function pick(kind: string): (x: number) => string {
  if (kind === 'slow') return (x) => { VT_yield(); return `slow${x}` }
  return (x) => `fast${x}`
}
const handlers: { onData?: (s: string) => string } = {}
function install() { handlers.onData = (s) => { VT_yield(); return s.toUpperCase() } }
function runWith(h = (v: number): number => { VT_yield(); return v + 1 }): number { return h(1) }

export function main(log: string[]): string {
  const shapes: Shape[] = [new Square(2), new Slow(1), new Square(3)]
  let total = 0
  for (const s of shapes) total += s.area()
  log.push(`total ${total}`)
  const slow = new Slow(2)
  log.push(`twice ${twice(() => slow.area())}`)
  log.push(pick('slow')(1), pick('fast')(2))
  install()
  log.push(handlers.onData!('abc'))
  log.push(`runWith ${runWith()} ${runWith((v) => v * 10)}`)
  const m = new Map<string, (n: number) => number>([['sq', (n) => { VT_yield(); return n * n }]])
  log.push(`map ${m.get('sq')!(5)}`)
  const f = (a: number, b: number): number => { VT_yield(); return a - b }
  log.push(`call ${f.call(null, 5, 2)} apply ${f.apply(null, [9, 1])}`)
  const name = 'area' as const
  log.push(`computed ${slow[name]()}`)
  const bound = slow.area.bind(slow)
  const t = VT_spawn(bound)
  log.push(`spawned bound ${VT_join(t)}`)
  return 'ok'
}
