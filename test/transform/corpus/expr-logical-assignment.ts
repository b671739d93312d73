import { val } from './_values.ts'

// Logical assignment: the right side (a boundary) runs, and the target is written, only when needed.
export function main(log: string[]): string {
  const o: { a?: string; b: string; c: number; d: number } = { b: 'kept', c: 0, d: 1 }
  o.a ??= val('filled', log)
  o.b ??= val('never', log)
  o.c ||= val(7, log)
  o.d &&= val(9, log)
  let s = ''
  s ||= val('s', log)
  return JSON.stringify(o) + s
}
