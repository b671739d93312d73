// A thread that waits once inside try/finally, for the VT_cancel tests: whichever primitive it is
// parked in, cancelling it must run the finally block. Hand-written in the exact shape of the
// vtify transform (docs/runtime.md §5).

import {
  Continuation,
  RETURN,
  WAIT,
  kAccept,
  kAwait,
  kJoin,
  kRead,
  kSleep,
  kWrite,
  kYield,
  multistate,
  take,
  threadEntry,
  VT_unreachable,
  type Signal,
} from '../../../runtime/index.js'

const FILE = 'test/runtime/machines/cleanup.ts'

export type WaitOp = 'sleep' | 'await' | 'join' | 'accept' | 'read' | 'write' | 'yield'

//  1  function cleanup(op: WaitOp, arg: unknown, log: string[]): unknown {
//  2    try {
//  3      return op === 'sleep' ? VT_sleep(arg) : op === 'await' ? VT_await(arg)
//  4        : op === 'join' ? VT_join(arg) : op === 'accept' ? VT_accept(arg)
//  5        : op === 'read' ? VT_read(arg, new Uint8Array(1))
//  6        : op === 'write' ? VT_write(arg, new Uint8Array(8)) : VT_yield()
//  7    } finally {
//  8      log.push(`finally ${op}`)
//  9    }
// 10  }
const OPS: readonly WaitOp[] = ['sleep', 'await', 'join', 'accept', 'read', 'write', 'yield']
const FINALLY = 8 // states 1..7 resume the boundaries of OPS[0..6]; all of 0..7 are in the try block
const COMPLETED = 0
const THREW = 1

class K_cleanup extends Continuation {
  op: WaitOp
  arg: unknown
  log: string[]
  result: unknown // how the try block completed, for the finally block
  exc: unknown
  fin: number
  constructor(op: WaitOp, arg: unknown, log: string[]) {
    super(cleanup$sm, 0)
    this.op = op
    this.arg = arg
    this.log = log
    this.result = undefined
    this.exc = undefined
    this.fin = COMPLETED
  }
}

function waitOnce(k: K_cleanup): Signal {
  const arg = k.arg
  switch (k.op) {
    case 'sleep':
      return kSleep(k, arg as number)
    case 'await':
      return kAwait(k, arg)
    case 'join':
      return kJoin(k, arg)
    case 'accept':
      return kAccept(k, arg)
    case 'read':
      return kRead(k, arg, new Uint8Array(1))
    case 'write':
      return kWrite(k, arg, new Uint8Array(8))
    case 'yield':
      return kYield(k)
  }
}

function cleanup$sm(k: K_cleanup): Signal {
  for (;;) {
    try {
      switch (k.state) {
        case 0:
          k.state = OPS.indexOf(k.op) + 1
          if (waitOnce(k) === WAIT) return WAIT
        // falls through
        case 1:
        case 2:
        case 3:
        case 4:
        case 5:
        case 6:
        case 7:
          k.result = take(k, k.value)
          k.fin = COMPLETED
          k.state = FINALLY
          continue
        case FINALLY:
          k.log.push(`finally ${k.op}`)
          if (k.fin === THREW) throw k.exc
          k.value = k.result
          return RETURN
      }
      throw new Error(`cleanup: no state ${k.state}`)
    } catch (e) {
      if (k.state >= FINALLY) throw e
      k.exc = e
      k.fin = THREW
      k.state = FINALLY
    }
  }
}
multistate(cleanup$sm, {
  name: 'cleanup',
  file: FILE,
  lines: [1, 3, 3, 4, 4, 5, 6, 6, 8],
  calls: ['', 'VT_sleep', 'VT_await', 'VT_join', 'VT_accept', 'VT_read', 'VT_write', 'VT_yield', ''],
})

export function cleanup(op: WaitOp, arg: unknown, log: string[]): unknown {
  void [op, arg, log]
  return VT_unreachable(cleanup)
}
threadEntry(cleanup, cleanup$sm, (_self, args) => new K_cleanup(args[0] as WaitOp, args[1], args[2] as string[]))

// 1  function lingering(log: string[]): void {
// 2    try {
// 3      VT_sleep(60_000)
// 4    } finally {
// 5      log.push('flushing')
// 6      VT_sleep(60_000) // cleanup that waits, like flushing a socket
// 7      log.push('flushed')
// 8    }
// 9  }
class K_lingering extends Continuation {
  log: string[]
  exc: unknown
  fin: number
  constructor(log: string[]) {
    super(lingering$sm, 0)
    this.log = log
    this.exc = undefined
    this.fin = COMPLETED
  }
}

function lingering$sm(k: K_lingering): Signal {
  for (;;) {
    try {
      switch (k.state) {
        case 0:
          k.state = 1
          if (kSleep(k, 60_000) === WAIT) return WAIT
        // falls through
        case 1:
          take(k, k.value)
          k.fin = COMPLETED
        // falls through
        case 2: // finally
          k.log.push('flushing')
          k.state = 3
          if (kSleep(k, 60_000) === WAIT) return WAIT
        // falls through
        case 3:
          take(k, k.value)
          k.log.push('flushed')
          if (k.fin === THREW) throw k.exc
          return RETURN
      }
      throw new Error(`lingering: no state ${k.state}`)
    } catch (e) {
      if (k.state >= 2) throw e
      k.exc = e
      k.fin = THREW
      k.state = 2
    }
  }
}
multistate(lingering$sm, { name: 'lingering', file: FILE, lines: [1, 3, 5, 6], calls: ['', 'VT_sleep', '', 'VT_sleep'] })

export function lingering(log: string[]): void {
  void log
  VT_unreachable(lingering)
}
threadEntry(lingering, lingering$sm, (_self, args) => new K_lingering(args[0] as string[]))
