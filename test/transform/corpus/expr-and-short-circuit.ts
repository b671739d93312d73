import { val } from './_values.ts'

export function main(log: string[]): string {
  const out: unknown[] = []
  out.push(val(true, log, 'L1') && val('right1', log))
  out.push(val(0, log, 'L2') && val('never', log))
  out.push(1 && val('only right', log))
  out.push(val('', log, 'L4') && 'x')
  const both = val(2, log) > 1 && val(3, log) > 2
  return `${out.join('|')} ${both}`
}
