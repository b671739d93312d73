import { val } from './_values.ts'

function grade(n: number, log: string[]): string {
  return val(n >= 90, log, `>=90 ${n}`) ? 'A' : n >= 80 ? val('B', log) : val(n >= 70, log, `>=70 ${n}`) ? 'C' : val('F', log)
}

export function main(log: string[]): string {
  let s = ''
  for (const n of [95, 85, 75, 10]) s += grade(n, log)
  const x = s.length > 3 ? `long ${val(s, log)}` : 'short'
  return x
}
