import { VT_yield } from 'vtify/runtime'

// A multistate function expression used as a method: `this` is the receiver of each call,
// `arguments` holds what was passed (more than its parameters, or fewer).
const counter = {
  count: 0,
  add: function (this: { count: number }, by: number, ..._ignored: number[]): string {
    VT_yield()
    this.count += by
    return `${arguments.length} args, count ${this.count}`
  },
}

export function main(log: string[]): string {
  const a = counter.add(2)
  const b = counter.add(3, 4, 5)
  log.push(a)
  return b
}
