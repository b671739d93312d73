import { val } from './_values.ts'

function join3(a: string, b: string, c: string): string {
  return `${a}-${b}-${c}`
}

export function main(log: string[]): string {
  const x = join3(val('a', log), 'b', val('c', log))
  const y = join3(join3(val('1', log), '2', '3'), val('4', log), join3('5', val('6', log), '7'))
  const z = String(Math.min(val(5, log), val(2, log), val(8, log)))
  return [x, y, z].join(' ')
}
