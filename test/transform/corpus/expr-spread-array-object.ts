import { val } from './_values.ts'

export function main(log: string[]): string {
  const base = { a: 1, b: 2 }
  const arr = [0, ...val([1, 2], log, 'arr'), val(3, log)]
  const obj = { ...base, b: val(20, log), ...val({ c: 30 }, log, 'obj') }
  return `${arr.join(',')} ${JSON.stringify(obj)}`
}
