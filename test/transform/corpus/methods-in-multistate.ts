import { VT_yield } from 'vtify/runtime'

// An object literal with a multistate method and a getter, created inside a multistate function:
// they close over its locals, which the next call of make() overwrites in the continuation.
function make(name: string, log: string[]) {
  const greeting = `hi ${name}`
  VT_yield()
  return {
    calls: 0,
    get label() {
      return `${greeting} (${this.calls})`
    },
    greet(times: number): string {
      const parts: string[] = []
      k: for (let i = 0; i < times; i++) {
        VT_yield()
        this.calls++
        parts.push(greeting)
        if (i === 1) break k
      }
      log.push(`${name} greeted ${parts.length}`)
      return parts.join(',')
    },
  }
}

export function main(log: string[]): string {
  const a = make('a', log)
  const b = make('b', log)
  let caught: string[] = []
  try {
    VT_yield()
    throw new Error('x')
  } catch (e) {
    const fns = [() => (e as Error).message]
    caught = fns.map((f) => f())
  }
  return `${a.greet(3)} ${b.greet(1)} ${a.label} ${b.label} ${caught.join()}`
}
