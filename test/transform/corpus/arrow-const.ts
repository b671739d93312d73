import { VT_yield } from 'vtify/runtime'

const step = (tag: string, log: string[]): number => {
  log.push(`step ${tag}`)
  VT_yield()
  return tag.length
}

const twice = (tag: string, log: string[]): number => step(tag, log) * 2

const named = function (tag: string, log: string[]): string {
  VT_yield()
  log.push(`named ${tag}`)
  return tag.toUpperCase()
}

const fns = { step, twice }

export function main(log: string[]): string {
  const a = step('one', log)
  const b = twice('three', log)
  const c = named('x', log)
  const d = fns.twice('four', log)
  return `${a} ${b} ${c} ${d} ${step.name} ${typeof named}`
}
