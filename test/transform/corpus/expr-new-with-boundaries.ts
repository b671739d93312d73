import { val } from './_values.ts'

class Point {
  constructor(readonly x: number, readonly y: number) {}
  toString(): string {
    return `(${this.x},${this.y})`
  }
}

export function main(log: string[]): string {
  const p = new Point(val(1, log), val(2, log))
  const Ctor = val(Point, log, 'ctor')
  const q = new Ctor(3, val(4, log))
  const d = new Date(val(0, log, 'epoch'))
  return `${String(p)} ${String(q)} ${d.getTime()}`
}
