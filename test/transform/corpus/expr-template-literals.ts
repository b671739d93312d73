import { val } from './_values.ts'

export function main(log: string[]): string {
  const name = 'world'
  const a = `hello ${val(name, log)}!`
  const b = `${val(1, log)}${val(2, log)} and ${3} then ${val('last', log)}`
  const c = `nested ${`inner ${val('in', log)}`} done`
  return [a, b, c].join(' / ')
}
