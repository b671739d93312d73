import { val } from './_values.ts'

export function main(log: string[]): string {
  const a = val(2, log) ** val(3, log)
  const b = val(10, log) - val(4, log) * val(2, log)
  const c = val('x', log) + val(1, log) + 2
  const d = val('k', log) in { k: 1 }
  const e = val([] as unknown, log, 'array') instanceof Array
  const f = val(5, log) === 5 && val(6, log) !== 7
  return [a, b, c, d, e, f].join(' ')
}
