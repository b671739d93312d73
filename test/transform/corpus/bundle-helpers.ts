// What a bundler writes around a library's functions (found running chai's esbuild bundle): a
// variable bound to Object.defineProperty, `__name` naming each function and returning it, a
// namespace object whose getters return the module's functions, and Object.freeze(f). Each
// function that comes back from them is called — multistate or plain — from a thread.
import { VT_yield } from 'vtify/runtime'

const __defProp = Object.defineProperty
const __name = <T extends object>(target: T, value: string): T => __defProp(target, 'name', { value, configurable: true })
const __export = (target: object, all: Record<string, () => unknown>): void => {
  for (const name in all) __defProp(target, name, { get: all[name], enumerable: true })
}

function nap(log: string[], x: number): number {
  VT_yield()
  log.push(`nap ${x}`)
  return x + 1
}
__name(nap, 'nap')

const rest = /* @__PURE__ */ __name(function (log: string[], x: number): number {
  VT_yield()
  log.push(`rest ${x}`)
  return x * 2
}, 'rest')
const count = /* @__PURE__ */ __name((x: number): number => x + 100, 'count')
const frozen = Object.freeze((log: string[], x: number): number => {
  VT_yield()
  log.push(`frozen ${x}`)
  return x - 1
})

// A bundle's namespaces are untyped.
const helpers: any = {}
__export(helpers, { nap: () => nap, rest: () => rest, count: () => count })

function viaNamespace(log: string[], ns: typeof helpers, x: number): number {
  return ns.nap(log, x) + ns.rest(log, x) + ns.count(x)
}

export function main(log: string[]): number {
  let total = 0
  for (let i = 1; i <= 3; i++) {
    total += nap(log, i) + rest(log, i) + count(i) + frozen(log, i)
    total += viaNamespace(log, helpers, i)
    log.push(`${rest.name} ${count.name} total ${total}`)
  }
  return total
}
