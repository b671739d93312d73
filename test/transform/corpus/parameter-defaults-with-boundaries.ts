// Default parameter values that reach a state boundary (test262's dflt-* tests in the nested
// mode): each runs only for an undefined argument, in parameter order, after the defaults before
// it, and may read earlier parameters; a pattern's own defaults too. A closure made in a default
// sees the parameters as later defaults and the body write them.
import { VT_yield } from 'vtify/runtime'

function b(n: number, log: string[]): number {
  VT_yield()
  log.push(`b ${n}`)
  return n
}

function f(log: string[], x = b(1, log), [y = b(2, log), z] = [undefined, b(3, log)], { w = b(x + 3, log) } = {}, v = x + y): string {
  VT_yield()
  return `${x} ${y} ${z} ${w} ${v}`
}

// A default that reads its own parameter or a later one throws a ReferenceError (TDZ).
function laterRef(log: string[], a = later, later = b(10, log)): number {
  VT_yield()
  return a + later
}

// …also through a shorthand property.
function shorthandRef(log: string[], a = { later }, later = b(12, log)): number {
  VT_yield()
  return a.later + later
}

function selfRef(log: string[], a: number = a + b(11, log)): number {
  VT_yield()
  return a
}

export function main(log: string[]): number {
  log.push(f(log))
  log.push(f(log, 10, [20, 30], { w: 40 }, 50))
  log.push(f(log, undefined, [undefined], { w: undefined }))
  const g = (a = b(5, log), get = (): number => a): number => {
    a = a + 1
    VT_yield()
    return get()
  }
  log.push(`g ${g()} ${g(7)}`)
  const h = (get = (): number => later, later = b(9, log)): number => get() + later
  log.push(`h ${h()}`)
  try {
    f(log, b(8, log), null as unknown as number[])
  } catch (e) {
    log.push(`caught ${(e as Error).constructor.name}`)
  }
  for (const call of [() => laterRef(log), () => laterRef(log, 5), () => shorthandRef(log), () => shorthandRef(log, { later: 6 }), () => selfRef(log), () => selfRef(log, 3)]) {
    try {
      log.push(`tdz ${call()}`)
    } catch (e) {
      log.push(`tdz ${(e as Error).constructor.name}`)
    }
  }
  return 0
}
