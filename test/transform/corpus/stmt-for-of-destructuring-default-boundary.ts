import { val } from './_values.ts'

// A for…of head's pattern with boundaries in its defaults: each runs only for a missing value.
export function main(log: string[]): string {
  const out: string[] = []
  for (const { name, size = val(name.length, log, `size of ${name}`) } of [{ name: 'ab' }, { name: 'c', size: 9 }] as { name: string; size?: number }[]) {
    out.push(`${name}:${size}`)
  }
  for (const [x, y = val(x * 10, log)] of [[1], [2, 3]]) out.push(`${x}/${y}`)
  return out.join(' ')
}
