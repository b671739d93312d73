// Methods and fields named by a computed expression with no literal type (`[1 + 1]() {}`,
// `[2 * 3] = () => …`, `[key]() {}`) are not properties of the class's type; a call by any key
// that names no property of the type may reach one, so such a call of a multistate one is a state
// boundary (test262's cpn-class-* tests).
import { VT_yield } from 'vtify/runtime'

let counter = 0
let nine = 0
function nextKey(): string {
  counter += 1
  return `k${counter}`
}

class C {
  [1 + 1](log: string[]): number {
    VT_yield()
    log.push('instance [1 + 1]')
    return 2
  }
  static [1 + 1](log: string[]): number {
    VT_yield()
    log.push('static [1 + 1]')
    return 20
  }
  [nextKey()](log: string[]): number {
    VT_yield()
    log.push('instance [nextKey()]')
    return 1
  }
  plain(): number {
    return 3
  }
  [nine = 9](log: string[]): number {
    VT_yield()
    log.push('instance [nine = 9]')
    return 9
  }
  [2 * 3] = (log: string[]): number => {
    VT_yield()
    log.push('field [2 * 3]')
    return 6
  }
  static [function () {}.name](log: string[]): number {
    VT_yield()
    log.push('static [function () {}.name]')
    return 7
  }
}

export function main(log: string[]): number {
  const c = new C()
  const key = 'k' + String(counter)
  log.push(`${c[1 + 1](log)} ${C[1 + 1](log)} ${c[String(1 + 1)](log)} ${c['2'](log)}`)
  log.push(`${c[key]!(log)} ${c['plain']()}`)
  log.push(`${c[2 * 3](log)} ${c['6'](log)} ${C[String(function () {}.name)](log)} ${C[{ toString: () => '' } as unknown as string](log)}`)
  log.push(`${c[9](log)}`)
  return c[2](log)
}
