import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

class Greeter {
  constructor(readonly name: string) {}
  greet(x: string): string {
    return `${this.name} greets ${x}`
  }
}

// A boundary inside an optional chain runs only when the chain does not short-circuit.
export function main(log: string[]): string {
  const some: Greeter | undefined = new Greeter('g')
  const none: Greeter | undefined = undefined as Greeter | undefined
  const a = some?.greet(val('a', log))
  const b = none?.greet(val('never', log))
  const c = val<Greeter | null>(null, log, 'null')?.greet('x')
  const d = val(some, log, 'some')?.greet('y')
  VT_yield()
  return `${a} ${String(b)} ${String(c)} ${d}`
}
