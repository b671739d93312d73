// A class of its own module, whose multistate method bench:calls calls from blocking/calls.ts.
import { VT_yield } from 'vtify/runtime'

const EVERY = 1000

export class RemoteStepper {
  by = 1
  step(x: number): number {
    if (x % EVERY === 0) VT_yield()
    return x + this.by
  }
}
