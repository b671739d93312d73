// The paper's Figure 2 (function1 calling the multistate function2 twice) and a caller with
// try/catch/finally, hand-written in the exact shape of the vtify transform (docs/runtime.md):
// multistate calls in continuation-passing style through call()/take(), errors rethrown at the
// resume state of the call, try regions selected by state number.

import { Continuation, RETURN, WAIT, call, kYield, multistate, take, threadEntry, VT_unreachable, type Signal } from '../../../runtime/index.js'

const FILE = 'test/runtime/machines/figure2.ts'

//  1  function function2(x: number): number {
//  2    VT_yield()
//  3    if (x < 0) throw new RangeError(`negative: ${x}`)
//  4    return x * 2
//  5  }
//  6  function function1(arg1: number): number {
//  7    const local1 = function2(arg1)
//  8    const local2 = function2(arg1 + local1)
//  9    return local1 + local2
// 10  }
// 11  function guarded(arg: number, log: string[]): number {
// 12    try {
// 13      return function1(arg)
// 14    } catch (e) {
// 15      log.push(`caught ${(e as Error).message}`)
// 16      VT_yield()
// 17      return -1
// 18    } finally {
// 19      log.push('finally')
// 20    }
// 21  }

/** The slots function1 and function2 need in any continuation that runs them. */
interface Function1Slots extends Continuation {
  f1_arg1: number
  f1_local1: number // live across the second call; local2 is not (principle 1)
  f2_x: number
}

function function2$sm(k: Function1Slots): Signal {
  switch (k.state) {
    case 0:
      k.state = 1
      if (kYield(k) === WAIT) return WAIT
    // falls through
    case 1:
      take(k, k.value)
      if (k.f2_x < 0) throw new RangeError(`negative: ${k.f2_x}`)
      k.value = k.f2_x * 2
      return RETURN
  }
  throw new Error(`function2: no state ${k.state}`)
}
multistate(function2$sm, { name: 'function2', file: FILE, lines: [1, 2], calls: ['', 'VT_yield'] })

function function1$sm(k: Function1Slots): Signal {
  switch (k.state) {
    case 0:
      k.f2_x = k.f1_arg1
      return call(k, 1, function2$sm)
    case 1:
      k.f1_local1 = take(k, k.value) as number
      k.f2_x = k.f1_arg1 + k.f1_local1
      return call(k, 2, function2$sm)
    case 2: {
      const local2 = take(k, k.value) as number
      k.value = k.f1_local1 + local2
      return RETURN
    }
  }
  throw new Error(`function1: no state ${k.state}`)
}
multistate(function1$sm, { name: 'function1', file: FILE, lines: [6, 7, 8], calls: ['', 'function2', 'function2'] })

/** The merged continuation of a thread rooted at function1. */
class K_function1 extends Continuation implements Function1Slots {
  f1_arg1: number
  f1_local1: number
  f2_x: number
  constructor(arg1: number) {
    super(function1$sm, 1) // deepest multistate call chain below the root: function2
    this.f1_arg1 = arg1
    this.f1_local1 = 0
    this.f2_x = 0
  }
}
export function function1(arg1: number): number {
  void arg1
  return VT_unreachable(function1)
}
threadEntry(function1, function1$sm, (_self, args) => new K_function1(args[0] as number))

const COMPLETE_RETURN = 0
const COMPLETE_THROW = 1

/** The merged continuation of a thread rooted at guarded: its own slots and function1's. */
class K_guarded extends Continuation implements Function1Slots {
  arg: number
  log: string[]
  e: unknown
  ret: number // the pending return value while finally runs
  exc: unknown // the pending exception while finally runs
  fin: number // how the try statement completes after finally
  f1_arg1: number
  f1_local1: number
  f2_x: number
  constructor(arg: number, log: string[]) {
    super(guarded$sm, 2)
    this.arg = arg
    this.log = log
    this.e = undefined
    this.ret = 0
    this.exc = undefined
    this.fin = COMPLETE_RETURN
    this.f1_arg1 = 0
    this.f1_local1 = 0
    this.f2_x = 0
  }
}

// States 0–1: try block; 2–3: catch block; 4: finally.
function guarded$sm(k: K_guarded): Signal {
  for (;;) {
    try {
      switch (k.state) {
        case 0:
          k.f1_arg1 = k.arg
          return call(k, 1, function1$sm)
        case 1:
          k.ret = take(k, k.value) as number
          k.fin = COMPLETE_RETURN
          k.state = 4
          continue
        case 2:
          k.log.push(`caught ${(k.e as Error).message}`)
          k.e = undefined
          k.state = 3
          if (kYield(k) === WAIT) return WAIT
        // falls through
        case 3:
          take(k, k.value)
          k.ret = -1
          k.fin = COMPLETE_RETURN
          k.state = 4
          continue
        case 4:
          k.log.push('finally')
          if (k.fin === COMPLETE_THROW) {
            const e = k.exc
            k.exc = undefined
            throw e
          }
          k.value = k.ret
          return RETURN
      }
    } catch (e) {
      if (k.state <= 1) {
        k.e = e
        k.state = 2
      } else if (k.state <= 3) {
        k.exc = e
        k.fin = COMPLETE_THROW
        k.state = 4
      } else throw e
    }
  }
}
multistate(guarded$sm, {
  name: 'guarded',
  file: FILE,
  lines: [11, 13, 14, 16, 18],
  calls: ['', 'function1', '', 'VT_yield', ''],
})
export function guarded(arg: number, log: string[]): number {
  void [arg, log]
  return VT_unreachable(guarded)
}
threadEntry(guarded, guarded$sm, (_self, args) => new K_guarded(args[0] as number, args[1] as string[]))
