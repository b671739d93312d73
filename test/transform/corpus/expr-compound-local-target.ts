import { VT_yield } from 'vtify/runtime'

// `x += f()` on a local: x's value is read before f runs. vtify reads it after f when nothing
// can write x meanwhile; each case below is one where something could, or where the
// assignment's own value is used.

function later(n: number, log: string[]): number {
  VT_yield()
  log.push(`later ${n}`)
  return n
}

function callThen(fn: () => void, n: number, log: string[]): number {
  VT_yield()
  fn()
  log.push(`callThen ${n}`)
  return n
}

function withArguments(a: number, log: string[]): string {
  a += later(arguments.length, log)
  return `${a}`
}

export function main(log: string[]): string {
  let plain = 1
  plain += later(2, log)
  plain *= later(3, log)
  let readsRight = 5
  readsRight += later(readsRight, log)
  let inRight = 10
  inRight += (inRight = 100, later(4, log))
  let inPattern = 20
  inPattern += ([inPattern] = [200], later(5, log))
  let inShorthand = 30
  inShorthand += (({ inShorthand } = { inShorthand: 300 }), later(6, log))
  let shared = 40
  const setShared = (): void => {
    shared = 400
  }
  shared += callThen(setShared, 7, log)
  let asValue = 50
  const value = (asValue -= later(8, log))
  const fixed = 70
  try {
    // @ts-expect-error: the TypeError comes after the right side ran, as in JavaScript
    fixed += later(9, log)
  } catch (e) {
    log.push(`fixed ${fixed}: ${(e as Error).name}`)
  }
  let loop = 0
  for (let i = 1; i <= 3; i++) loop += later(i, log)
  log.push(`${plain} ${readsRight} ${inRight} ${inPattern} ${inShorthand} ${shared} ${asValue} ${value} ${loop} ${withArguments(60, log)}`)
  return `${plain + inRight}`
}
