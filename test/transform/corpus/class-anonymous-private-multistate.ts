// Anonymous classes with multistate #private methods (test262's class-expression tests in the
// nested mode): the class gets a binding of its own for the stubs, and keeps the name JavaScript
// gives it — from a const, a property, none as a return value — unless a static `name` replaces it.
import { VT_yield } from 'vtify/runtime'

const Counter = class {
  #n = 0
  #step(by: number, log: string[]): number {
    VT_yield()
    this.#n += by
    log.push(`step ${this.#n}`)
    return this.#n
  }
  static #twice(log: string[]): number {
    VT_yield()
    log.push('twice')
    return 2
  }
  run(log: string[]): number {
    log.push(`${this.#step.name} ${Counter.#twice.name}`)
    return this.#step(1, log) + this.#step(Counter.#twice(log), log)
  }
}

function makeClass(tag: string) {
  return class {
    #say(log: string[]): string {
      VT_yield()
      log.push(`say ${tag}`)
      return tag
    }
    call(log: string[]): string {
      return this.#say(log)
    }
  }
}

export function main(log: string[]): number {
  const c = new Counter()
  log.push(`${Counter.name} ${c.run(log)}`)
  const A = makeClass('a')
  const B = makeClass('b')
  const a = new A()
  const b = new B()
  log.push(`${a.call(log)} ${b.call(log)} ${a.call(log)} '${A.name}' ${A === B}`)
  const o = {
    K: class {
      #m(log: string[]): number {
        VT_yield()
        log.push('K.m')
        return 1
      }
      static go(log: string[]): number {
        return new this().#m(log)
      }
    },
  }
  log.push(`${o.K.name} ${o.K.go(log)}`)
  const local = class {
    #m(): number {
      VT_yield()
      return 5
    }
    run(): number {
      return this.#m()
    }
  }
  log.push(`${local.name} ${new local().run()} ${Object.getOwnPropertyNames(local).join(',')}`)
  return 0
}
