import { VT_yield } from 'vtify/runtime'

// An arrow inside a multistate function reads the function's `arguments`; a function
// expression inside it has its own.
function f(log: string[], a: number, b: number): string {
  VT_yield()
  const count = (): number => arguments.length
  const own = function (..._xs: number[]): number {
    return arguments.length
  }
  log.push(`count ${count()} own ${own(1, 2, 3)} first ${(() => arguments[1])()}`)
  VT_yield()
  return `${a + b}`
}

export function main(log: string[]): string {
  return f(log, 1, 2)
}
