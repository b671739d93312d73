import { VT_yield } from 'vtify/runtime'

/** An iterable that logs what the iteration protocol does with it. */
function counted(log: string[], n: number, returnValue: unknown = {}): Iterable<number> {
  return {
    [Symbol.iterator]() {
      let i = 0
      let nextReads = 0
      const iterator = {
        get next() {
          nextReads++
          log.push(`read next #${nextReads}`)
          return () => (i < n ? { value: i++, done: false } : { value: undefined, done: true })
        },
        return() {
          log.push('return')
          return returnValue
        },
      }
      return iterator
    },
  }
}

function badResults(): Iterable<number> {
  return { [Symbol.iterator]: () => ({ next: () => 42 as unknown as IteratorResult<number> }) }
}

// A for…of or an array pattern whose iteration spans a state boundary follows the iteration
// protocol as JavaScript does: `next` is read once, each result must be an object, and the
// iterator is closed (its `return` called, whose result must be an object) only when left early.
export function main(log: string[]): string {
  for (const x of counted(log, 3)) {
    VT_yield()
    log.push(`x ${x}`)
  }
  for (const x of counted(log, 3)) {
    VT_yield()
    if (x === 1) break
  }
  try {
    for (const x of counted(log, 3, 7)) {
      VT_yield()
      if (x === 0) break
    }
  } catch (e) {
    log.push(`break, return gave a primitive: ${(e as Error).constructor.name}`)
  }
  try {
    for (const x of counted(log, 3, 7)) {
      VT_yield()
      if (x === 0) throw new Error('body')
    }
  } catch (e) {
    log.push(`throw keeps the body's error: ${(e as Error).message}`)
  }
  try {
    for (const x of badResults()) {
      VT_yield()
      log.push(`never ${x}`)
    }
  } catch (e) {
    log.push(`primitive result: ${(e as Error).constructor.name}`)
  }
  const [a, , b = VT_yield() ?? 'dflt'] = counted(log, 5)
  log.push(`pattern ${a} ${String(b)}`)
  let c: number | undefined
  let d: number[] = []
  ;[c, ...d] = counted(log, 3) as unknown as number[]
  VT_yield()
  log.push(`assignment ${c} ${d.join(',')}`)
  const [e, f = VT_yield() ?? 'past end'] = counted(log, 1)
  log.push(`short ${e} ${String(f)}`)
  return 'done'
}
