import { val } from './_values.ts'

export function main(log: string[]): string {
  let a = 1
  let b = 2
  ;[a, b] = val([b, a], log, 'swap')
  const o = { x: 0, y: 0 }
  ;({ x: o.x, y: o.y } = val({ x: 5, y: 6 }, log, 'point'))
  const arr = [0, 0]
  ;[arr[1], arr[0]] = [val(7, log), val(8, log)]
  return `${a} ${b} ${o.x} ${o.y} ${arr.join(',')}`
}
