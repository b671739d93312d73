// VT_yield() compiles to a YIELD signal; given arguments, which it ignores but which are evaluated
// in order before it parks, it keeps its k-passing form kYield (compiler/transform/boundary.ts).
import { VT_spawn, VT_yield } from 'vtify/runtime'

function side(log: string[], name: string): number {
  log.push(`evaluated ${name}`)
  return 1
}

function other(log: string[]): void {
  log.push('other runs')
  VT_yield()
  log.push('other again')
}

export function main(log: string[]): string {
  VT_spawn(other, log)
  // @ts-expect-error VT_yield takes no arguments; JavaScript code may pass some
  VT_yield(side(log, 'a'), side(log, 'b'))
  log.push('after the yield with arguments')
  VT_yield()
  log.push('after the plain yield')
  return 'done'
}
