import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

function tag(strings: TemplateStringsArray, ...values: unknown[]): string {
  VT_yield()
  return strings.raw.map((s, i) => `${s}${i < values.length ? `<${String(values[i])}>` : ''}`).join('')
}

const greeter = {
  name: 'g',
  tag(this: { name: string }, strings: TemplateStringsArray): string {
    VT_yield()
    return `${this.name}:${strings[0]!}`
  },
}

function makeTag(log: string[]): (strings: TemplateStringsArray, ...values: unknown[]) => string {
  log.push('makeTag')
  return function (this: unknown, strings: TemplateStringsArray, ...values: unknown[]): string {
    VT_yield()
    return `${this === undefined ? 'no this' : 'this'} ${strings.length} ${values.length}`
  }
}

function sameStrings(strings: TemplateStringsArray): TemplateStringsArray {
  VT_yield()
  return strings
}

// A multistate function used as a template tag — by name, as a method (its `this` the object),
// as the result of a call — is a state boundary: the tag runs in the thread with the strings
// array (the same array at each evaluation of one template) and the substitutions, evaluated
// first and in order.
export function main(log: string[]): string {
  const byName = tag`a${val(1, log)}b${val(2, log)}c`
  const method = greeter.tag`x`
  const fromCall = makeTag(log)`p${val('q', log)}r`
  const arrays: TemplateStringsArray[] = []
  for (let i = 0; i < 2; i++) arrays.push(sameStrings`same`)
  VT_yield()
  return [byName, method, fromCall, String(arrays[0] === arrays[1])].join(' | ')
}
