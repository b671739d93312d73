import { VT_yield } from 'vtify/runtime'
import { Counter } from './_methods.ts'
import { countArgs, step } from './_steps.ts'

// Continuation-passing calls with spread arguments, and with more arguments than the callee has
// parameters (each is still evaluated, in order): by name, through a method or a closure the
// analysis knows, and into another module (by name and through a method).
function pair(a: number, b: number): string {
  VT_yield()
  return `${a}+${b}`
}

function counted(): number {
  VT_yield()
  return arguments.length
}

class Box {
  constructor(readonly tag: string) {}
  put(x: unknown, ...more: unknown[]): string {
    VT_yield()
    return `${this.tag}:${String(x)}/${more.length}`
  }
}

export function main(log: string[]): string {
  const note = (s: string): number => {
    log.push(`evaluated ${s}`)
    return s.length
  }
  const xs = [1, 2, 3]
  const loose = pair as (...args: number[]) => string
  const box = new Box('b')
  const closure = (a: number): number => {
    VT_yield()
    return a * 10
  }
  const c = new Counter('c')
  const results = [
    pair(...(xs as [number, number])),
    loose(4, 5, note('extra to pair')),
    (counted as (...args: unknown[]) => number)(...xs, note('after spread')),
    box.put(...xs),
    box.put('only'),
    (closure as (...args: number[]) => number)(7, note('extra to closure')),
    step('s', log, ...xs),
    (countArgs as (...args: number[]) => number)(...xs, note('extra imported')),
    c.add(1, log, ...xs),
    (c.counted as (...args: number[]) => number)(note('to method of other module'), 9),
  ]
  return results.join(' ')
}
