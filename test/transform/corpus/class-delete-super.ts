import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

class Base {
  x = 1
}

class Derived extends Base {
  // `delete super.x` evaluates its key, then throws a ReferenceError before looking at the base.
  probe(log: string[]): string {
    VT_yield()
    try {
      // @ts-expect-error TypeScript rejects deleting through super; JavaScript throws at run time
      delete super.x
      log.push('deleted')
    } catch (e) {
      log.push(`super.x: ${(e as Error).constructor.name}`)
    }
    try {
      // @ts-expect-error as above
      delete super[val('x', log, 'key')]
    } catch (e) {
      log.push(`super[key]: ${(e as Error).constructor.name}`)
    }
    Object.setPrototypeOf(Derived.prototype, null)
    try {
      // @ts-expect-error as above
      delete super.x
    } catch (e) {
      log.push(`null base: ${(e as Error).constructor.name}`)
    }
    Object.setPrototypeOf(Derived.prototype, Base.prototype)
    return `still ${this.x}`
  }
}

export function main(log: string[]): string {
  return new Derived().probe(log)
}
