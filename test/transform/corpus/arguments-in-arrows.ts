import { VT_yield } from 'vtify/runtime'

// `arguments` read by multistate arrows (their creator's: a plain function's, a multistate
// function's, another arrow's creator's), by a plain arrow inside a multistate arrow, and by
// parameter defaults; `this` read by a parameter default.
function plainCreator(a: number, b: number): () => string {
  return () => {
    VT_yield()
    return `${arguments.length} ${a + b} ${String(arguments[2])}`
  }
}

function multistateCreator(log: string[], ...rest: number[]): string {
  VT_yield()
  const args = arguments
  const same = (): IArguments => {
    VT_yield()
    return arguments
  }
  const counter = (): (() => number) => {
    VT_yield()
    return () => arguments.length
  }
  const outer = (): unknown => {
    VT_yield()
    const inner = (): unknown => {
      VT_yield()
      return arguments[1]
    }
    return inner()
  }
  log.push(`rest ${rest.length}`)
  return [args === same(), counter()(), outer()].join(' ')
}

class C {
  base = 10
  method(x = arguments[2], y: number = this.base, z?: unknown): string {
    VT_yield()
    return `${String(x)} ${y} ${String(z)} ${arguments.length}`
  }
}

const defaults = function (a = arguments.length, b = arguments[0]): string {
  VT_yield()
  return `${String(a)} ${String(b)}`
}

export function main(log: string[]): string {
  const made = (plainCreator as (...xs: number[]) => () => string)(1, 2, 3)
  const results = [made(), multistateCreator(log, 7, 8), new C().method(undefined, undefined, 'third', 'fourth'), defaults(), defaults(undefined, 5)]
  VT_yield()
  return results.join(' | ')
}
