import { VT_yield } from 'vtify/runtime'

function bump(state: { n: number }, by: number, log: string[]): number {
  VT_yield()
  state.n += 100
  log.push(`bump ${by}`)
  return by
}

export function main(log: string[]): string {
  const state = { n: 1 }
  state.n += bump(state, 5, log)
  let x = 10
  x *= bump(state, 3, log)
  const arr = [1, 2, 3]
  let i = 0
  arr[i] -= bump(state, 1, log)
  return `${state.n} ${x} ${arr.join(',')}`
}
