import { val } from './_values.ts'

// A compound assignment whose element key and value both have boundaries: key first, then the
// old value is read, then the right side runs.
export function main(log: string[]): string {
  const arr = [5, 6]
  arr[val(0, log)] += val(100, log)
  const o: Record<string, string> = { k: 'x' }
  o[val('k', log)] += val('y', log)
  return `${arr.join(',')} ${o['k']}`
}
