import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

class Server {
  served = 0
  constructor(readonly name: string, readonly log: string[]) {}

  // A multistate arrow in a field initialiser: its `this` is the instance.
  handler = (request: number, prefix = this.name): string => {
    VT_yield()
    this.served++
    return `${prefix}:${request}`
  }

  run(requests: number[]): string {
    const replies: string[] = []
    for (const r of requests) {
      const tag = `r${r}`
      VT_yield()
      // Arrows nested two deep inside a multistate method, reading its `this` and its locals.
      const t = VT_spawn(() => {
        const inner = VT_spawn(() => {
          VT_yield()
          return `${this.name}/${tag}`
        })
        return `${this.handler(r)} ${VT_join(inner) as string}`
      })
      replies.push(VT_join(t) as string)
    }
    const view = {
      get count() {
        return replies.length
      },
      first: replies[0],
    }
    VT_yield()
    replies.push('extra')
    this.log.push(`view ${view.count} ${view.first}`)
    return replies.join(' | ')
  }
}

export function main(log: string[]): string {
  const s = new Server('srv', log)
  const out = s.run([1, 2])
  const direct = VT_join(VT_spawn(s.handler, 9)) as string
  return `${out} ${direct} served=${s.served}`
}
