import { VT_yield } from 'vtify/runtime'

// Each iteration's binding is its own cell: per iteration for `for (let …)` (copied before the
// update), for…of and for…in heads, blocks in a loop body and catch clauses; a `var` is one
// binding for the whole call.
export function main(log: string[]): string {
  const fns: (() => string)[] = []
  for (let i = 0; i < 3; i++) {
    fns.push(() => `i${i}`)
    i += 0
    VT_yield()
  }
  for (let i = 0, f = (): number => i; i < 2; i++) {
    fns.push(() => `init-closure ${f()} ${i}`)
  }
  for (const x of ['a', 'b']) {
    let y = x
    fns.push(() => y)
    y += '!'
    VT_yield()
  }
  for (const key in { p: 1, q: 2 }) {
    fns.push(() => key)
    VT_yield()
  }
  for (var v = 0; v < 2; v++) {
    fns.push(() => `v${v}`)
  }
  for (let round = 0; round < 2; round++) {
    try {
      throw new Error(`e${round}`)
    } catch (e) {
      let message = (e as Error).message
      fns.push(() => message)
      message += '?'
      VT_yield()
    }
  }
  log.push(fns.map((f) => f()).join(' '))
  return 'done'
}
