import { val } from './_values.ts'

export function main(log: string[]): string {
  const { a, b = 'b-default', c: renamed = 'c-default' } = val({ a: 1, c: 'C' } as { a: number; b?: string; c?: string }, log, 'object')
  const [x, , z = 'z-default', ...rest] = val([10, 11, undefined, 13, 14] as (number | undefined)[], log, 'array')
  const { p: { q = 'deep' } = {} } = val({} as { p?: { q?: string } }, log, 'empty')
  return `${a} ${b} ${renamed} ${x} ${String(z)} ${rest.join('+')} ${q}`
}
