// Small threads used by the runtime tests, hand-written in the exact shape of the vtify
// transform (docs/runtime.md). Each machine quotes the source it implements.

import {
  Continuation,
  RETURN,
  WAIT,
  YIELD,
  VT_spawn,
  call,
  kAccept,
  kAwait,
  kCall,
  kJoin,
  kRead,
  kSleep,
  kWrite,
  multistate,
  take,
  threadEntry,
  VT_unreachable,
  type Signal,
} from '../../../runtime/index.js'

const FILE = 'test/runtime/machines/basics.ts'

/**
 * Declare the stub of a multistate function and make it a thread entry (what the compiler emits).
 * `create` reads the arguments by index, as generated factories do (no spread: test/runtime/
 * patched-builtins.test.ts runs these machines with Array.prototype[Symbol.iterator] deleted).
 */
export function entry<A extends unknown[], R>(name: string, sm: (k: never) => Signal, create: (args: readonly unknown[]) => Continuation): (...args: A) => R {
  const stub = { [name]: (): R => VT_unreachable(stub) }[name] as (...args: A) => R
  return threadEntry(stub, sm as never, (_self, args) => create(args))
}

// 1  function yielder(name: string, n: number, log: string[]): number {
// 2    for (let i = 0; i < n; i++) {
// 3      log.push(`${name}${i}`)
// 4      VT_yield()
// 5    }
// 6    return n
// 7  }
class K_yielder extends Continuation {
  name: string
  n: number
  log: string[]
  i: number
  constructor(name: string, n: number, log: string[]) {
    super(yielder$sm, 0)
    this.name = name
    this.n = n
    this.log = log
    this.i = 0
  }
}
function yielder$sm(k: K_yielder): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.i = 0
      // falls through
      case 1: // loop head
        if (!(k.i < k.n)) {
          k.value = k.n
          return RETURN
        }
        k.log.push(`${k.name}${k.i}`)
        k.state = 2
        return YIELD
      case 2:
        take(k, k.value)
        k.i++
        k.state = 1
        continue
    }
  }
}
multistate(yielder$sm, { name: 'yielder', file: FILE, lines: [1, 2, 4], calls: ['', '', 'VT_yield'] })
export const yielder = entry<[string, number, string[]], number>('yielder', yielder$sm, (a) => new K_yielder(a[0] as string, a[1] as number, a[2] as string[]))

// 1  function once(op: 'sleep' | 'await' | 'join' | 'accept', arg: unknown): unknown {
// 2    if (op === 'sleep') return VT_sleep(arg as number)
// 3    if (op === 'await') return VT_await(arg)
// 4    if (op === 'join') return VT_join(arg as VThread)
// 5    return VT_accept(arg as object)
// 6  }
class K_once extends Continuation {
  op: string
  arg: unknown
  constructor(op: string, arg: unknown) {
    super(once$sm, 0)
    this.op = op
    this.arg = arg
  }
}
function once$sm(k: K_once): Signal {
  switch (k.state) {
    case 0: {
      const op = k.op
      k.state = op === 'sleep' ? 1 : op === 'await' ? 2 : op === 'join' ? 3 : 4
      const signal = op === 'sleep' ? kSleep(k, k.arg as number) : op === 'await' ? kAwait(k, k.arg) : op === 'join' ? kJoin(k, k.arg) : kAccept(k, k.arg)
      if (signal === WAIT) return WAIT
    }
    // falls through
    case 1:
    case 2:
    case 3:
    case 4:
      k.value = take(k, k.value)
      return RETURN
  }
  throw new Error(`once: no state ${k.state}`)
}
multistate(once$sm, { name: 'once', file: FILE, lines: [1, 2, 3, 4, 5], calls: ['', 'VT_sleep', 'VT_await', 'VT_join', 'VT_accept'] })
export const once = entry<[string, unknown], unknown>('once', once$sm, (a) => new K_once(a[0] as string, a[1]))

// 1  function readAll(ch: Channel, chunk: number): Uint8Array {
// 2    const parts: number[] = []
// 3    const buf = new Uint8Array(chunk)
// 4    let n: number
// 5    while ((n = VT_read(ch, buf)) > 0) parts.push(...buf.subarray(0, n))
// 6    return Uint8Array.from(parts)
// 7  }
class K_readAll extends Continuation {
  ch: unknown
  chunk: number
  parts: number[]
  buf: Uint8Array
  constructor(ch: unknown, chunk: number) {
    super(readAll$sm, 0)
    this.ch = ch
    this.chunk = chunk
    this.parts = []
    this.buf = new Uint8Array(0)
  }
}
function readAll$sm(k: K_readAll): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.parts = []
        k.buf = new Uint8Array(k.chunk)
      // falls through
      case 1: // loop head
        k.state = 2
        if (kRead(k, k.ch, k.buf) === WAIT) return WAIT
      // falls through
      case 2: {
        const n = take(k, k.value) as number
        if (!(n > 0)) {
          k.value = Uint8Array.from(k.parts)
          return RETURN
        }
        k.parts.push(...k.buf.subarray(0, n))
        k.state = 1
        continue
      }
    }
  }
}
multistate(readAll$sm, { name: 'readAll', file: FILE, lines: [1, 5, 5], calls: ['', '', 'VT_read'] })
export const readAll = entry<[unknown, number], Uint8Array>('readAll', readAll$sm, (a) => new K_readAll(a[0], a[1] as number))

// 1  function writeAll(ch: Channel, data: Uint8Array, chunk: number, end: (ch: Channel) => void): number {
// 2    for (let off = 0; off < data.length; off += chunk) {
// 3      VT_write(ch, data.subarray(off, off + chunk))
// 4    }
// 5    end(ch)
// 6    return data.length
// 7  }
class K_writeAll extends Continuation {
  ch: object
  data: Uint8Array
  chunk: number
  end: (ch: object) => void
  off: number
  constructor(ch: object, data: Uint8Array, chunk: number, end: (ch: object) => void) {
    super(writeAll$sm, 0)
    this.ch = ch
    this.data = data
    this.chunk = chunk
    this.end = end
    this.off = 0
  }
}
function writeAll$sm(k: K_writeAll): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.off = 0
      // falls through
      case 1: // loop head
        if (!(k.off < k.data.length)) {
          k.end(k.ch)
          k.value = k.data.length
          return RETURN
        }
        k.state = 2
        if (kWrite(k, k.ch, k.data.subarray(k.off, k.off + k.chunk)) === WAIT) return WAIT
      // falls through
      case 2:
        take(k, k.value)
        k.off += k.chunk
        k.state = 1
        continue
    }
  }
}
multistate(writeAll$sm, { name: 'writeAll', file: FILE, lines: [1, 2, 3], calls: ['', '', 'VT_write'] })
export const writeAll = entry<[object, Uint8Array, number, (ch: object) => void], number>(
  'writeAll',
  writeAll$sm,
  (a) => new K_writeAll(a[0] as object, a[1] as Uint8Array, a[2] as number, a[3] as (ch: object) => void),
)

// 1  function acceptLoop(server: Server, handler: (s: Socket) => number, count: number): number {
// 2    for (let i = 0; i < count; i++) {
// 3      const s = VT_accept(server)
// 4      VT_spawn(handler, s)
// 5    }
// 6    return count
// 7  }
class K_acceptLoop extends Continuation {
  server: object
  handler: (s: unknown) => number
  count: number
  i: number
  constructor(server: object, handler: (s: unknown) => number, count: number) {
    super(acceptLoop$sm, 0)
    this.server = server
    this.handler = handler
    this.count = count
    this.i = 0
  }
}
function acceptLoop$sm(k: K_acceptLoop): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.i = 0
      // falls through
      case 1: // loop head
        if (!(k.i < k.count)) {
          k.value = k.count
          return RETURN
        }
        k.state = 2
        if (kAccept(k, k.server) === WAIT) return WAIT
      // falls through
      case 2:
        VT_spawn(k.handler, take(k, k.value))
        k.i++
        k.state = 1
        continue
    }
  }
}
multistate(acceptLoop$sm, { name: 'acceptLoop', file: FILE, lines: [1, 2, 3], calls: ['', '', 'VT_accept'] })
export const acceptLoop = entry<[object, (s: unknown) => number, number], number>(
  'acceptLoop',
  acceptLoop$sm,
  (a) => new K_acceptLoop(a[0] as object, a[1] as (s: unknown) => number, a[2] as number),
)

//  1  function step(i: number, failAt: number): number {
//  2    VT_yield()
//  3    if (i === failAt) throw new Error(`thread ${i} failed`)
//  4    return i
//  5  }
//  6  function worker(i: number, failAt: number): number {
//  7    const r = step(i, failAt)
//  8    VT_yield()
//  9    return r
// 10  }
class K_worker extends Continuation {
  i: number
  failAt: number
  r: number
  constructor(i: number, failAt: number) {
    super(worker$sm, 1)
    this.i = i
    this.failAt = failAt
    this.r = 0
  }
}
function step$sm(k: K_worker): Signal {
  switch (k.state) {
    case 0:
      k.state = 1
      return YIELD
    case 1:
      take(k, k.value)
      if (k.i === k.failAt) throw new Error(`thread ${k.i} failed`)
      k.value = k.i
      return RETURN
  }
  throw new Error(`step: no state ${k.state}`)
}
multistate(step$sm, { name: 'step', file: FILE, lines: [1, 2], calls: ['', 'VT_yield'] })
function worker$sm(k: K_worker): Signal {
  switch (k.state) {
    case 0:
      return call(k, 1, step$sm) // i and failAt are step's parameters too: the same slots
    case 1:
      k.r = take(k, k.value) as number
      k.state = 2
      return YIELD
    case 2:
      take(k, k.value)
      k.value = k.r
      return RETURN
  }
  throw new Error(`worker: no state ${k.state}`)
}
multistate(worker$sm, { name: 'worker', file: FILE, lines: [6, 7, 8], calls: ['', 'step', 'VT_yield'] })
export const worker = entry<[number, number], number>('worker', worker$sm, (a) => new K_worker(a[0] as number, a[1] as number))

// 1  function serve(handler: (x: number) => number, x: number, log: string[]): number {
// 2    log.push('serve start')
// 3    const r = handler(x) // a dynamic call: the compiler cannot bound handler's targets
// 4    log.push(`serve got ${r}`)
// 5    return r
// 6  }
class K_serve extends Continuation {
  handler: unknown
  x: number
  log: string[]
  constructor(handler: unknown, x: number, log: string[]) {
    super(serve$sm, 0)
    this.handler = handler
    this.x = x
    this.log = log
  }
}
function serve$sm(k: K_serve): Signal {
  switch (k.state) {
    case 0:
      k.log.push('serve start')
      k.state = 1
      if (kCall(k, k.handler, undefined, [k.x]) === WAIT) return WAIT
    // falls through
    case 1: {
      const r = take(k, k.value) as number
      k.log.push(`serve got ${r}`)
      k.value = r
      return RETURN
    }
  }
  throw new Error(`serve: no state ${k.state}`)
}
multistate(serve$sm, { name: 'serve', file: FILE, lines: [1, 3], calls: ['', 'handler'] })
export const serve = entry<[unknown, number, string[]], number>('serve', serve$sm, (a) => new K_serve(a[0], a[1] as number, a[2] as string[]))
