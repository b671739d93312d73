import { VT_yield } from 'vtify/runtime'

function ask(q: string, answer: boolean, log: string[]): boolean {
  log.push(`ask ${q}`)
  VT_yield()
  return answer
}

export function main(log: string[]): string {
  const x = ask('p', true, log) ? ask('q', false, log) ? 'qq' : 'notq' : ask('r', true, log) ? 'r' : 's'
  const y = 1 > 2 ? ask('never', true, log) : 'skipped'
  return `${x} ${y}`
}
