import { VT_yield } from 'vtify/runtime'

// A const declared in a loop body is a fresh binding per iteration: closures created after a boundary keep their own.
export function main(log: string[]): string {
  const getters: (() => string)[] = []
  for (const word of ['a', 'b', 'c']) {
    const upper = word.toUpperCase()
    VT_yield()
    const pair = `${word}${upper}`
    getters.push(() => pair + word)
  }
  let j = 0
  while (j < 2) {
    const n = j * 10
    VT_yield()
    getters.push(() => `n${n}`)
    j++
  }
  log.push(getters.map((g) => g()).join(' '))
  return getters.length.toString()
}
