import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

function thisOf(this: unknown, _?: unknown): string {
  return this === undefined ? 'undefined' : typeof this
}

function tagThis(this: unknown, _: TemplateStringsArray): string {
  return thisOf.call(this)
}

const holder = {
  name: 'holder',
  who(this: { name: string } | undefined, _?: unknown): string {
    return this === undefined ? 'undefined' : this.name
  },
}

// A function value kept in the continuation (a variable live across a boundary, a cell shared
// with a closure, a temporary before an argument's boundary) is called with the `this` the
// written call gives: none for a variable, the object for a method — never the continuation,
// and never the cell when a closure calls it (test262's function-code/10.4.3-1-62-s.js), through a
// type assertion (`(g as F)()`, `g!()`) as well.
export function main(log: string[]): string {
  const f = thisOf
  let g = thisOf
  let t = tagThis
  const bump = (): void => {
    g = thisOf
    t = tagThis
  }
  const inClosure = (): string => [g(), (g)(), g?.(), t`x`, (t)`y`, (g as typeof thisOf)(), g!()].join(',')
  const tag = (_: TemplateStringsArray): string => thisOf.call(undefined)
  const maker = (): typeof thisOf => thisOf
  VT_yield()
  bump()
  const direct = f()
  const viaCell = g()
  const viaCast = [(g as typeof thisOf)(), g!(), (f satisfies typeof thisOf)(), (g as typeof thisOf)(val('cast', log))].join(',')
  const parenthesised = (f)()
  const beforeBoundary = f(val('arg', log))
  const tagged = maker()`t`
  const called = maker()()
  const method = holder.who()
  const optional = holder.who?.()
  const parenOptional = (holder.who)?.()
  const methodBefore = holder.who(val("m", log))
  VT_yield()
  return [direct, viaCell, parenthesised, beforeBoundary, tagged, called, method, optional, parenOptional, methodBefore, tag`x`, inClosure(), viaCast].join(' ')
}
