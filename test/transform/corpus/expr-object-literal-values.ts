import { val } from './_values.ts'

export function main(log: string[]): string {
  const name = 'short'
  const o = { first: val(1, log), name, second: 2, third: val({ deep: val(3, log) }, log, 'deep') }
  return JSON.stringify(o)
}
