import { VT_yield } from 'vtify/runtime'

function word(w: string, log: string[]): string {
  log.push(`word ${w}`)
  VT_yield()
  return w.toUpperCase()
}

export function main(log: string[]): string {
  const name = 'v'
  return `<${name}:${word('a', log)}|${name.length}|${word('b', log)}>`
}
