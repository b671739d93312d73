import { val } from './_values.ts'

export function main(log: string[]): string {
  let n = 0
  const c = (n++, val(n, log, 'after comma'), n + 10)
  const t = typeof val(null, log, 'null')
  const v = void val('ignored', log)
  const neg = -val(5, log)
  const not = !val(0, log, 'zero')
  const bit = ~val(7, log)
  return `${c} ${t} ${String(v)} ${neg} ${not} ${bit}`
}
