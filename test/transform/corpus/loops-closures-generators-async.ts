// Loop bindings a closure writes (the write carried into the next iteration's copy), for…of and
// for…in bindings captured across boundaries, a plain generator and an async function sharing
// the thread's written locals, accessors, a do…while whose test is a closure, a labelled block.

import { VT_await, VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const out: string[] = []
  for (let i = 0; i < 6; i++) {
    const inc = () => { i++ }
    VT_yield()
    inc()
    out.push(String(i))
  }
  log.push(out.join(','))
  const getters: (() => string)[] = []
  for (const [k, v] of Object.entries({ a: 1, b: 2 })) {
    let w = v
    getters.push(() => `${k}${w}`)
    VT_yield()
    w *= 10
  }
  for (const key in { x: 1, y: 2 }) {
    getters.push(() => key)
    VT_yield()
  }
  log.push(getters.map((g) => g()).join(' '))
  let acc = 'g'
  function* gen(n: number) { for (let i = 0; i < n; i++) { acc += i; yield acc } }
  const it = gen(3)
  for (const v of it) { VT_yield(); acc += '|'; log.push(v) }
  let later = 1
  const p = (async () => { await null; later += 1; return later })()
  later = 10
  log.push(`awaited ${VT_await(p)} later=${later}`)
  const obj = { get g() { return acc.length }, set s(v: number) { later = v } }
  VT_yield()
  obj.s = 99
  log.push(`${obj.g} ${later}`)
  let i = 0
  do { VT_yield(); i++ } while (((): boolean => i < 3)())
  let label = ''
  a: { label += 'a'; VT_yield(); if (i) break a; label += 'never' }
  log.push(`${i} ${label}`)
  const arr = [3, 1, 2]
  const sorted = arr.slice().sort((x, y) => x - y)
  VT_yield()
  return sorted.join() + arguments.length
}
