import { VT_yield } from 'vtify/runtime'

// Calls of multistate methods and closures whose targets the analysis knows run in
// continuation-passing style in the caller's thread (stubs.test.ts checks VT_self()); a bound
// function, `f.call`, spread arguments and values it cannot see still work as dynamic calls.
interface Shape {
  area(scale: number): number
}

class Square implements Shape {
  constructor(private side: number) {}
  area(scale: number): number {
    VT_yield()
    return this.side * this.side * scale
  }
}

class Circle implements Shape {
  constructor(private r: number) {}
  area(scale: number): number {
    VT_yield()
    return Math.round(3 * this.r * this.r * scale)
  }
}

export function main(log: string[]): string {
  const shapes: Shape[] = [new Square(2), new Circle(1), new Square(3)]
  let total = 0
  for (const s of shapes) total += s.area(2)
  log.push(`total ${total}`)
  let calls = 0
  const same = (): boolean => {
    calls++
    VT_yield()
    return calls > 0
  }
  log.push(`called ${same()} ${same()} calls ${calls}`)
  const bound = shapes[0]!.area.bind(shapes[1]!)
  log.push(`bound ${bound(1)} call ${shapes[0]!.area.call(shapes[2]!, 1)}`)
  const sum = (...xs: number[]): number => {
    VT_yield()
    return xs.reduce((a, b) => a + b, 0)
  }
  const args = [1, 2, 3]
  log.push(`rest ${sum(1, 2)} spread ${sum(...args)}`)
  const pick = (i: number): ((n: number) => number) =>
    i === 0
      ? (n: number): number => {
          VT_yield()
          return n + 1
        }
      : function (n: number): number {
          VT_yield()
          return n * 10
        }
  log.push(`picked ${pick(0)(1)} ${pick(1)(2)}`)
  return `${total}`
}
