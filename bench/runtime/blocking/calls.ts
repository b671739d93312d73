// The call benchmark's threads in blocking style, compiled by vtify (bench/runtime/compile.mjs):
// the same multistate callee — it suspends on every 1,000th call — reached as a module function,
// a class method, a method of a class of another module, a closure in a local, an arrow reading
// its creator's `this`, a method reading `arguments` and an interface method with two
// implementations.
import { VT_yield } from 'vtify/runtime'
import { RemoteStepper } from './stepper.js'

const EVERY = 1000

function step(x: number): number {
  if (x % EVERY === 0) VT_yield()
  return x + 1
}

export function viaFunction(n: number): number {
  let s = 0
  for (let i = 0; i < n; i++) s = step(s)
  return s
}

class Stepper {
  by = 1
  step(x: number): number {
    if (x % EVERY === 0) VT_yield()
    return x + this.by
  }
}

export function viaMethod(n: number): number {
  const o = new Stepper()
  let s = 0
  for (let i = 0; i < n; i++) s = o.step(s)
  return s
}

export function viaOtherModule(n: number): number {
  const o = new RemoteStepper()
  let s = 0
  for (let i = 0; i < n; i++) s = o.step(s)
  return s
}

export function viaClosure(n: number): number {
  const by = 1
  const inc = (x: number): number => {
    if (x % EVERY === 0) VT_yield()
    return x + by
  }
  let s = 0
  for (let i = 0; i < n; i++) s = inc(s)
  return s
}

class Holder {
  by = 1
  run(n: number): number {
    const inc = (x: number): number => {
      if (x % EVERY === 0) VT_yield()
      return x + this.by
    }
    let s = 0
    for (let i = 0; i < n; i++) s = inc(s)
    return s
  }
}

export function viaThisArrow(n: number): number {
  return new Holder().run(n)
}

class Counting {
  step(x: number): number {
    if (x % EVERY === 0) VT_yield()
    return x + arguments.length
  }
}

export function viaArgumentsMethod(n: number): number {
  const o = new Counting()
  let s = 0
  for (let i = 0; i < n; i++) s = o.step(s)
  return s
}

interface Counter {
  next(x: number): number
}

class Up implements Counter {
  next(x: number): number {
    if (x % EVERY === 0) VT_yield()
    return x + 1
  }
}

class Twice implements Counter {
  next(x: number): number {
    if (x % EVERY === 0) VT_yield()
    return x + 1
  }
}

export function viaInterface(n: number): number {
  const counters: Counter[] = [new Up(), new Twice()]
  let s = 0
  for (let i = 0; i < n; i++) s = counters[i & 1]!.next(s)
  return s
}
