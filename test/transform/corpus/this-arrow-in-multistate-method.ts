import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Team {
  members: string[] = []
  constructor(readonly name: string) {}
  // Arrows inside a multistate method see the method's `this`: plain ones and multistate ones,
  // also when the multistate arrow runs later in another thread.
  recruit(names: string[], log: string[]): string {
    VT_yield()
    const label = (n: string): string => `${this.name}/${n}`
    const join = (n: string): number => {
      VT_yield()
      this.members.push(label(n))
      return this.members.length
    }
    const t = VT_spawn(join, names[0]!)
    for (const n of names.slice(1)) join(n)
    log.push(`joined ${VT_join(t)}`)
    return this.members.join(',')
  }
}

export function main(log: string[]): string {
  return new Team('red').recruit(['ann', 'bob', 'cy'], log)
}
