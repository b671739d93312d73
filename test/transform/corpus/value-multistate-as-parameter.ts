import { VT_yield } from 'vtify/runtime'

function twice(f: (s: string) => string, s: string): string {
  return f(f(s))
}

function exclaim(s: string): string {
  VT_yield()
  return `${s}!`
}

// A multistate function passed as an argument to the user's own multistate higher-order function, with a plain one too.
export function main(log: string[]): string {
  const a = twice(exclaim, 'hey')
  const b = twice((s) => s.toUpperCase(), 'ho')
  const c = twice((s) => {
    VT_yield()
    log.push(`arrow sees ${s}`)
    return `<${s}>`
  }, 'x')
  return `${a} ${b} ${c}`
}
