import { VT_yield } from 'vtify/runtime'

// Classes whose multistate methods cross-module-methods.ts calls through values.
export class Counter {
  count = 0
  constructor(readonly name: string) {}
  add(n: number, log: string[], ...more: number[]): number {
    const before = this.count
    VT_yield()
    this.count = before + n + more.reduce((a, b) => a + b, 0)
    log.push(`${this.name} add ${n} -> ${this.count}`)
    return this.count
  }
  twice(n: number, log: string[]): number {
    this.add(n, log)
    return this.add(n, log)
  }
  counted(): number {
    VT_yield()
    return arguments.length + this.count
  }
  static make(name: string): Counter {
    VT_yield()
    return new Counter(name)
  }
}

class Hidden {
  constructor(private readonly base: number) {}
  scaled(by = 2): number {
    VT_yield()
    return this.base * by
  }
}

export function hidden(base: number): Hidden {
  return new Hidden(base)
}

export interface Shape {
  area(log: string[]): number
}

export class Square implements Shape {
  constructor(private readonly side: number) {}
  area(log: string[]): number {
    VT_yield()
    log.push(`square ${this.side}`)
    return this.side * this.side
  }
}

export class Circle implements Shape {
  constructor(private readonly r: number) {}
  area(log: string[]): number {
    VT_yield()
    log.push(`circle ${this.r}`)
    return Math.round(3 * this.r * this.r)
  }
}

export class Failing {
  fail(message: string): never {
    VT_yield()
    throw new Error(message)
  }
}

// Closures of this module that cross-module-methods.ts calls through values.
export function counterOf(start: number): (by: number, log: string[]) => number {
  let n = start
  return (by, log) => {
    VT_yield()
    n += by
    log.push(`closure ${n}`)
    return n
  }
}

export function withThis(): (this: { tag: string }) => string {
  return function (this: { tag: string }): string {
    VT_yield()
    return `this ${this.tag}`
  }
}

export const table = {
  scale: 3,
  times(x: number): number {
    VT_yield()
    return x * this.scale
  },
}

export function madeInThread(log: string[]): (x: number) => number {
  const base = 100
  VT_yield()
  let seen = 0
  return (x) => {
    VT_yield()
    seen++
    log.push(`made ${seen}`)
    return base + x + seen
  }
}
