// A method called on a receiver typed `any` — an untyped parameter, a `let` assigned a class later
// (test262's private-field-presence-method-shadowed) — may be a multistate method of that name:
// the call is a state boundary (the runtime's dynamic call), so a multistate method runs as a
// child thread and a plain one of the same name inline; `o['m']()` is matched as `o.m()` is. (In
// the corpus, calls on `any` are state boundaries anyway — other programs store functions under
// keys known only at run time; the js-sources analysis fixture checks the match by name alone.)
import { VT_yield } from 'vtify/runtime'

/* eslint-disable @typescript-eslint/no-explicit-any */
let Later: any

class Starter {
  static init(): void {
    Later = class {
      static isStarterIn(log: string[], value: unknown): boolean {
        VT_yield()
        log.push('Later.isStarterIn')
        return value instanceof Starter
      }
    }
  }
}

class Slow {
  advanceThing(log: string[], n: number): number {
    VT_yield()
    log.push(`Slow.advanceThing ${n}`)
    return n + 1
  }
}

class Quick {
  advanceThing(log: string[], n: number): number {
    log.push(`Quick.advanceThing ${n}`)
    return n + 10
  }
}

function stepTwice(thing: any, log: string[]): number {
  const first = thing.advanceThing(log, 1)
  return thing['advanceThing'](log, first)
}

export function main(log: string[]): number {
  Starter.init()
  log.push(`${Later.isStarterIn(log, new Starter())} ${Later.isStarterIn(log, {})}`)
  log.push(`slow ${stepTwice(new Slow(), log)}`)
  log.push(`quick ${stepTwice(new Quick(), log)}`)
  return 0
}
