import { val } from './_values.ts'

export function main(log: string[]): string {
  let a: number
  let b: number
  const o: { p?: number; q?: number } = {}
  a = b = val(3, log)
  o.p = o.q = val(4, log) + a
  let s = ''
  s = s + (s = val('inner', log))
  return `${a} ${b} ${o.p} ${o.q} ${s}`
}
