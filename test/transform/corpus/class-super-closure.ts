import { VT_yield } from 'vtify/runtime'

class Shape {
  constructor(readonly log: string[]) {}
  describe(): string {
    return 'shape'
  }
  area(scale: number): number {
    VT_yield()
    return scale * 2
  }
}

class Square extends Shape {
  override describe(): string {
    return 'square'
  }
  report(items: number[]): string {
    VT_yield()
    // A plain closure and a multistate closure created in a multistate method use its super.
    const names = items.map((i) => `${super.describe()}#${i}`)
    const measure = (n: number): number => super.area(n) + 1
    let total = 0
    for (const i of items) total += measure(i)
    this.log.push(`${names.join(',')} total ${total}`)
    return `${this.describe()} ${super.describe()}`
  }
}

export function main(log: string[]): string {
  return new Square(log).report([1, 2, 3])
}
