import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

class Step {
  constructor(readonly name: string, readonly next?: Step) {}
  run(log: string[]): string {
    VT_yield()
    log.push(`run ${this.name}`)
    return this.name
  }
  maybe?: (x: string) => string
}

// A multistate method called through ?. and ?.(), boundaries in element keys after ?., and a
// null in the middle of a chain skipping everything after it.
export function main(log: string[]): string {
  const chain: Step | undefined = new Step('a', new Step('b'))
  const none = undefined as Step | undefined
  const out: unknown[] = []
  out.push(chain?.run(log))
  out.push(none?.run(log))
  out.push(chain?.next?.run(log))
  out.push(chain?.next?.next?.run(log))
  out.push(chain.run?.(log))
  out.push(chain.maybe?.(val('never', log)))
  const table: Record<string, number[]> | null = { k: [7, 8] }
  out.push(table?.[val('k', log)]?.[val(1, log)])
  const empty = null as Record<string, number[]> | null
  out.push(empty?.[val('skipped', log)]![0])
  return out.map(String).join(' ')
}
