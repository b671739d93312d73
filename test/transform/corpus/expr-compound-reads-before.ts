import { VT_yield } from 'vtify/runtime'

const state = { total: 0 }

function addLater(n: number, log: string[]): number {
  VT_yield()
  state.total = 100 // changes the target while the compound assignment waits
  log.push(`addLater ${n}`)
  return n
}

let counter = 1

function addToCounter(log: string[]): number {
  VT_yield()
  counter = 50
  log.push('counter set to 50')
  return 2
}

// x += f(): x is read before f runs, so f's write to x is lost, as in JavaScript.
export function main(log: string[]): number {
  state.total += addLater(5, log)
  log.push(`total ${state.total}`)
  counter += addToCounter(log)
  return state.total * 1000 + counter
}
