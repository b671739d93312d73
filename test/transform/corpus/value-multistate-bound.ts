import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Counter {
  constructor(private count: number) {}
  add(step: number, log: string[]): number {
    VT_yield()
    this.count += step
    log.push(`count ${this.count}`)
    return this.count
  }
}

function label(prefix: string, n: number): string {
  VT_yield()
  return `${prefix}${n}`
}

function plain(prefix: string, n: number): string {
  return `${prefix}=${n}`
}

// Multistate functions bound with .bind(): started as threads, called through variables, bound
// with arguments, bound again; a bound plain function next to them.
export function main(log: string[]): string {
  const c = new Counter(10)
  const t = VT_spawn(c.add.bind(c), 1, log)
  log.push(`joined ${VT_join(t)}`)
  const addTwo = c.add.bind(c, 2)
  log.push(`bound ${addTwo(log)}`)
  const tagged = label.bind(undefined, '#')
  const again = tagged.bind(null, 7)
  const p = plain.bind(undefined, 'p')
  const out = `${tagged(3)} ${again()} ${p(5)}`
  log.push(out)
  return out
}
