import { VT_yield } from 'vtify/runtime'

// Assigning a const throws a TypeError, in the state machine and in a closure alike.
export function main(log: string[]): string {
  const fixed = 1
  VT_yield()
  try {
    ;(() => {
      ;[(fixed as number)] = [2]
    })()
  } catch (e) {
    log.push(`closure ${(e as Error).name}`)
  }
  try {
    ;({ fixed: fixed as number } = { fixed: 3 })
  } catch (e) {
    log.push(`machine ${(e as Error).name}`)
  }
  VT_yield()
  return `fixed ${fixed}`
}
