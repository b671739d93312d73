import { val } from './_values.ts'

export function main(log: string[]): string {
  const table: Record<string, number[]> = { a: [1, 2, 3], b: [4, 5, 6] }
  const x = table[val('a', log)]![val(2, log)]
  const y = val(table, log, 'table')['b']![0]
  const key = 'b'
  table[key]![val(1, log)] = val(50, log)
  return `${x} ${y} ${table['b']!.join(',')}`
}
