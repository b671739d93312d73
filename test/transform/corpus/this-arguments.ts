import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function count(log: string[], ...rest: number[]): number {
  VT_yield()
  log.push(`count ${arguments.length} ${rest.length}`)
  return arguments.length
}

const describe = function (this: { label: string } | undefined, log: string[], extra?: string): string {
  VT_yield()
  const args = Array.from(arguments).slice(1)
  log.push(`describe ${this ? this.label : 'none'} [${args.join(',')}]`)
  return `${this?.label ?? '-'}${extra ?? ''}`
}

class Box {
  items = ['p', 'q']
  constructor(readonly label: string) {}

  spawnAll(log: string[]): unknown[] {
    // Plain method (VT_spawn does not block); the arrows keep its `this`.
    return this.items.map((item) =>
      VT_spawn(() => {
        VT_yield()
        log.push(`${this.label} has ${item}`)
        return this.items.indexOf(item)
      }),
    )
  }

  collect(log: string[]): string {
    VT_yield()
    const seen = this.items.map((x) => `${this.label}.${x}`)
    const later = () => {
      VT_yield()
      return `${this.label} later`
    }
    log.push(seen.join(' '))
    return later()
  }
}

export function main(log: string[]): string {
  const n = count(log, 1, 2, 3)
  const holder = { label: 'H', describe }
  const a = holder.describe(log, 'x')
  const b = describe(log)
  const box = new Box('box')
  const threads = box.spawnAll(log)
  const c = box.collect(log)
  let sum = 0
  for (const t of threads) sum += VT_join(t) as number
  return `${n} ${a} ${b} ${c} ${sum}`
}
