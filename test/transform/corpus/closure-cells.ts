import { VT_yield, VT_spawn, VT_join } from 'vtify/runtime'

// Locals that closures share with the state machine live in cells: a closure sees every write,
// the machine sees the closure's writes, across state boundaries.
export function main(log: string[]): string {
  let stopped = false
  var count = 0
  const stop = (): void => {
    stopped = true
    count += 100
  }
  const read = (): string => `${stopped}/${count}`
  const t = VT_spawn(() => {
    VT_yield()
    VT_yield()
    stop()
  })
  while (!stopped) {
    count++
    VT_yield()
  }
  VT_join(t)
  log.push(read())
  let total = 0
  const add = (n: number): number => (total += n)
  for (const n of [1, 2, 3]) {
    add(n)
    VT_yield()
  }
  total *= 2
  log.push(`total ${total} ${add(0)}`)
  return read()
}
