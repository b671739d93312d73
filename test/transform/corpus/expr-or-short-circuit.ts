import { val } from './_values.ts'

export function main(log: string[]): string {
  const a = val(0, log, 'zero') || val('fallback', log)
  const b = val('first', log) || val('never', log)
  const c = null || val('c', log)
  let count = 0
  while (count > 5 || val(count < 2, log, `cond${count}`)) count++
  return `${a} ${b} ${c} ${count}`
}
