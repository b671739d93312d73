// Child process of patched-builtins.test.ts: `node program.mjs <patch>`. The runtime has loaded
// (imports are evaluated first); then the named patch breaks built-ins the way a test262 test or
// a careless library does, and a program of several threads runs: they yield, sleep, await
// promises, talk through a pipe, are spawned, joined, cancelled, called dynamically, bound, and
// some throw. Prints one JSON line with what VT_run settled with. Everything this file does after
// patching avoids the patched built-ins (indexed loops, captured functions), so that any failure
// is the runtime's.

import {
  Continuation,
  RETURN,
  WAIT,
  VT_cancel,
  VT_close,
  VT_configure,
  VT_dump,
  VT_pipe,
  VT_run,
  VT_spawn,
  VT_stats,
  kCall,
  kJoin,
  kRead,
  kWrite,
  kYield,
  multistate,
  take,
  type Signal,
  type VThread,
} from '../../../runtime/index.js'
import { entry, once, worker } from '../machines/basics.js'
import { patches } from './patches.js'

const FILE = 'test/runtime/patched/program.ts'
// What user code might have read before patching (a compiled `f.call(t, x)` passes f.call).
const originalCall = Function.prototype.call
const Bytes = Uint8Array

// 1  function sumAll(ch: ReadChannel): number {
// 2    const buf = new Uint8Array(2)
// 3    let total = 0, n: number
// 4    while ((n = VT_read(ch, buf)) > 0) for (let j = 0; j < n; j++) total += buf[j]
// 5    return total
// 6  }
class K_sumAll extends Continuation {
  ch: unknown
  buf: Uint8Array
  total: number
  constructor(ch: unknown) {
    super(sumAll$sm, 0)
    this.ch = ch
    this.buf = new Bytes(2)
    this.total = 0
  }
}
function sumAll$sm(k: K_sumAll): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
      case 1:
        k.state = 2
        if (kRead(k, k.ch, k.buf) === WAIT) return WAIT
      // falls through
      case 2: {
        const n = take(k, k.value) as number
        if (n === 0) {
          k.value = k.total
          return RETURN
        }
        for (let j = 0; j < n; j++) k.total += k.buf[j] as number
        k.state = 1
        continue
      }
    }
  }
}
multistate(sumAll$sm, { name: 'sumAll', file: FILE, lines: [1, 4, 4], calls: ['', '', 'VT_read'] })
const sumAll = entry<[unknown], number>('sumAll', sumAll$sm, (a) => new K_sumAll(a[0]))

// 1  function writeChunks(ch: WriteChannel, chunks: (Uint8Array | string)[]): number {
// 2    let total = 0
// 3    for (let i = 0; i < chunks.length; i++) total += VT_write(ch, chunks[i])
// 4    VT_close(ch)
// 5    return total
// 6  }
class K_writeChunks extends Continuation {
  ch: unknown
  chunks: readonly (Uint8Array | string)[]
  i: number
  total: number
  constructor(ch: unknown, chunks: readonly (Uint8Array | string)[]) {
    super(writeChunks$sm, 0)
    this.ch = ch
    this.chunks = chunks
    this.i = 0
    this.total = 0
  }
}
function writeChunks$sm(k: K_writeChunks): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
      case 1:
        if (!(k.i < k.chunks.length)) {
          VT_close(k.ch as object)
          k.value = k.total
          return RETURN
        }
        k.state = 2
        if (kWrite(k, k.ch, k.chunks[k.i] as Uint8Array | string) === WAIT) return WAIT
      // falls through
      case 2:
        k.total += take(k, k.value) as number
        k.i++
        k.state = 1
        continue
    }
  }
}
multistate(writeChunks$sm, { name: 'writeChunks', file: FILE, lines: [1, 3, 3], calls: ['', '', 'VT_write'] })
const writeChunks = entry<[unknown, readonly (Uint8Array | string)[]], number>(
  'writeChunks',
  writeChunks$sm,
  (a) => new K_writeChunks(a[0], a[1] as readonly (Uint8Array | string)[]),
)

//  1  function main(threads: VThread[], bound: () => number): string {
//  2    VT_yield()                            // every thread starts and parks
//  3    VT_cancel(threads[threads.length - 1])
//  4    let out = ''
//  5    for (let i = 0; i < threads.length; i++) {
//  6      try { out += `${VT_join(threads[i])},` }
//  7      catch (e) { out += `!${(e as Error).message},` }
//  8    }
//  9    out += `call:${bound()},`             // dynamic calls of multistate functions
// 10    return out + `call:${worker.call(undefined, 8, 0)}`
// 11  }
class K_main extends Continuation {
  threads: readonly VThread[]
  bound: unknown
  i: number
  out: string
  constructor(threads: readonly VThread[], bound: unknown) {
    super(main$sm, 0)
    this.threads = threads
    this.bound = bound
    this.i = 0
    this.out = ''
  }
}
function main$sm(k: K_main): Signal {
  for (;;) {
    try {
      return mainBody$sm(k)
    } catch (e) {
      if (k.state !== 3) throw e
      k.out += `!${(e as Error).message},`
      k.i++
      k.state = 2
    }
  }
}
function mainBody$sm(k: K_main): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.state = 1
        if (kYield(k) === WAIT) return WAIT
      // falls through
      case 1:
        take(k, k.value)
        VT_cancel(k.threads[k.threads.length - 1] as VThread)
        k.i = 0
      // falls through
      case 2: // loop head
        if (k.i < k.threads.length) {
          k.state = 3
          if (kJoin(k, k.threads[k.i]) === WAIT) return WAIT
        } else {
          k.state = 4
          continue
        }
      // falls through
      case 3:
        k.out += `${take(k, k.value) as string},`
        k.i++
        k.state = 2
        continue
      case 4:
        k.state = 5
        if (kCall(k, k.bound, undefined, []) === WAIT) return WAIT
      // falls through
      case 5:
        k.out += `call:${take(k, k.value) as number},`
        k.state = 6
        if (kCall(k, originalCall, worker, [undefined, 8, 0]) === WAIT) return WAIT
      // falls through
      case 6:
        k.value = `${k.out}call:${take(k, k.value) as number}`
        return RETURN
    }
  }
}
multistate(main$sm, { name: 'main', file: FILE, lines: [1, 2, 2, 6, 9, 9, 10], calls: ['', 'VT_yield', '', 'VT_join', '', 'bound', 'worker'] })
const main = entry<[readonly VThread[], unknown], string>('main', main$sm, (a) => new K_main(a[0] as readonly VThread[], a[1]))

// Settled after main has joined the 5 ms sleeper, so main already joins the thread that awaits
// the failure when it fails: that error is joined, not reported (unless the process was so slow
// to start that the 5 ms timer fired after these).
const later = (value: unknown, fail: boolean): Promise<unknown> => new Promise((resolve, reject) => setTimeout(fail ? reject : resolve, 30, value))
const laterValue = later('awaited', false)
const laterFailure = later(new Error('nope'), true)
laterFailure.catch(() => undefined) // handled when a thread awaits it

let unjoined = ''
VT_configure({ onUnjoinedError: (_report, error) => (unjoined += `${(error as Error).message};`) })
const print = process.stdout.write.bind(process.stdout)
const stringify = JSON.stringify
// 40 bytes of 1, 'hello' (532 as UTF-8 bytes), 40 bytes of 2: 652 in all, 85 bytes; the pipe holds 48
const chunks = [new Bytes(40).fill(1), 'hello', new Bytes(40).fill(2)]

const patch = process.argv[2] ?? ''
patches[patch]?.()

const pipe = VT_pipe(48)
const threads = [
  VT_spawn(worker, 1, 0),
  VT_spawn(worker, 2, 2),
  VT_spawn(once, 'sleep', 5),
  VT_spawn(once, 'await', laterValue),
  VT_spawn(once, 'await', laterFailure),
  VT_spawn(sumAll, pipe),
  VT_spawn(writeChunks, pipe, chunks),
  VT_spawn(once, 'sleep', 60_000), // cancelled by main: its timer must be cleared, or this process lives on
]
VT_spawn(worker, 9, 9) // nobody joins it: its error goes to onUnjoinedError
const outcome: Record<string, unknown> = { patch }
try {
  worker(1, 0) // a multistate function called by untransformed code
} catch (e) {
  outcome.unreachable = (e as Error).message
}
const running = VT_run(main, threads, worker.bind(null, 7, 0))
outcome.dump = VT_dump()
try {
  outcome.value = await running
} catch (e) {
  outcome.valueError = `${(e as Error).stack}`
}
try {
  outcome.value2 = await VT_run(worker, 5, 5)
} catch (e) {
  outcome.error = (e as Error).message
}
outcome.unjoined = unjoined
outcome.live = VT_stats().live
print(`${stringify(outcome)}\n`)
