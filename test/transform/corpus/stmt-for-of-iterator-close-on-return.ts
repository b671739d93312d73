import { VT_yield } from 'vtify/runtime'

// A hand-written iterator: return() is called when the loop is left by return, not when it ends.
function counter(name: string, limit: number, log: string[]): Iterable<number> {
  return {
    [Symbol.iterator]() {
      let i = 0
      return {
        next: () => ({ done: i >= limit, value: i++ }),
        return: () => {
          log.push(`${name} return() at ${i}`)
          return { done: true, value: undefined }
        },
      }
    },
  }
}

function find(target: number, log: string[]): string {
  for (const n of counter('find', 10, log)) {
    VT_yield()
    if (n === target) return `found ${n}`
  }
  return 'not found'
}

export function main(log: string[]): string {
  const a = find(3, log)
  const b = find(20, log)
  let last = -1
  for (const n of counter('all', 3, log)) {
    last = n
    VT_yield()
  }
  return `${a} / ${b} / last ${last}`
}
