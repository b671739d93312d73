// A subclass's constructor hands a multistate callback to its base class through super(…), which
// keeps it in a field that a method calls; and the same through a class written as a class
// expression bound to a variable (as bundlers write classes). The callback was reported as
// passed to untraceable code (VT1002) instead of being followed to the field.
import { VT_yield } from 'vtify/runtime'

class Keeper {
  constructor(private readonly cb: (x: number) => number) {}
  run(x: number): number {
    return this.cb(x) + 1
  }
}

class Relay extends Keeper {
  constructor(cb: (x: number) => number, readonly label: string) {
    super(cb)
  }
}

const Holder = class extends Keeper {}

export function main(log: string[]): number {
  const slow = (x: number): number => {
    VT_yield()
    log.push(`slow ${x}`)
    return x * 2
  }
  const relay = new Relay(slow, 'relay')
  const holder = new Holder((x: number): number => {
    VT_yield()
    log.push(`held ${x}`)
    return x + 100
  })
  let total = 0
  for (let i = 0; i < 3; i++) {
    total += relay.run(i) + holder.run(i)
    log.push(`${relay.label} ${total}`)
  }
  return total
}
