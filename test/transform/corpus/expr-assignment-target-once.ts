import { VT_yield } from 'vtify/runtime'

function one(log: string[]): number {
  VT_yield()
  log.push('one')
  return 1
}

// `o.g += f()` reads the getter once and writes the setter once; its value is what it wrote.
// `(o.m)()` calls m with this = o; `(0, o.m)()` without.
export function main(log: string[]): string {
  let reads = 0
  const o = {
    stored: 1,
    get g(): number {
      reads++
      return this.stored
    },
    set g(v: number) {
      log.push(`set ${v}`)
      this.stored = v
    },
    m(): boolean {
      return this === o
    },
  }
  o.g += one(log)
  const value = (o.g *= one(log) + 1)
  log.push(`reads ${reads} value ${value}`)
  log.push(`${(o.m)()} ${(one(log), o.m)()}`)
  return `${o.stored}`
}
