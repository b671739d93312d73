// A round that keeps refilling its active queue without a swap (a thread spawning and joining
// children that end at once) stops after a count of throws and gives the host a turn: a promise
// settled before the loop completes its waiter while the loop is still running, not after it.
import { VT_await, VT_join, VT_spawn } from 'vtify/runtime'

function child(i: number): number {
  return i
}

function awaiter(log: string[], progress: { i: number }): void {
  VT_await(Promise.resolve())
  log.push(`promise settled after ${progress.i} children`)
}

export function main(log: string[]): string {
  const progress = { i: 0 }
  const waiting = VT_spawn(awaiter, log, progress)
  let sum = 0
  for (let i = 0; i < 20_000; i++) {
    progress.i = i
    sum += VT_join(VT_spawn(child, i)) as number
  }
  log.push(`loop ended, sum ${sum}`)
  VT_join(waiting)
  return 'done'
}
