// VT_sleep, VT_await, VT_join, VT_spawn/VT_run/VT_self, inline completion, dynamic calls, and the
// errors for code that vtify did not transform.

import { describe, expect, it } from 'vitest'
import {
  Continuation,
  RETURN,
  VT_await,
  VT_cancel,
  VT_channel,
  VT_configure,
  VT_configureWork,
  VT_handle,
  VT_lines,
  VT_pipe,
  VT_read,
  VT_run,
  VT_self,
  VT_spawn,
  VT_stackOf,
  VT_stats,
  VT_task,
  VT_write,
  VT_yield,
  multistate,
  type Signal,
  type VThread,
} from '../../runtime/index.js'
import { ENDED, WAITING } from '../../runtime/protocol.js'
import { function1 } from './machines/figure2.js'
import { entry, once, readAll, serve, worker, yielder } from './machines/basics.js'

// 1  function whoAmI(): [VThread, number] {
// 2    return [VT_self(), VT_self().status]
// 3  }
class K_whoAmI extends Continuation {
  constructor() {
    super(whoAmI$sm, 0)
  }
}
function whoAmI$sm(k: K_whoAmI): Signal {
  const self = VT_self() as Continuation
  k.value = [self, self.status]
  return RETURN
}
multistate(whoAmI$sm, { name: 'whoAmI', file: 'test/runtime/primitives.test.ts', lines: [1], calls: [''] })
const whoAmI = entry<[number], [VThread, number]>('whoAmI', whoAmI$sm, () => new K_whoAmI())

describe('VT_sleep', () => {
  it('waits at least ms while other threads keep running', async () => {
    const log: string[] = []
    const start = performance.now()
    const sleeper = VT_run(once, 'sleep', 30).then(() => log.push('woke'))
    await VT_run(() => log.push('other ran'))
    await sleeper
    expect(performance.now() - start).toBeGreaterThanOrEqual(29)
    expect(log).toEqual(['other ran', 'woke'])
    await expect(VT_run(once, 'sleep', -1)).rejects.toThrow(/VT_sleep: ms must be a number ≥ 0, got -1/)
    await expect(VT_run(once, 'sleep', '10')).rejects.toThrow(/VT_sleep: ms must be a number ≥ 0, got the string "10"/)
  })

  it('sleeps longer than a host timer can wait (2^31 ms and more, Infinity) instead of waking at once', async () => {
    const sleepers = [2 ** 31, 2 ** 40, Infinity].map((ms) => VT_spawn(once, 'sleep', ms))
    await VT_run(once, 'sleep', 20)
    expect(sleepers.map((t) => (t as Continuation).status)).toEqual([WAITING, WAITING, WAITING])
    for (const t of sleepers) VT_cancel(t)
    await VT_run(once, 'sleep', 1)
    expect(sleepers.map((t) => (t as Continuation).status)).toEqual([ENDED, ENDED, ENDED])
  })
})

describe('VT_await', () => {
  it('returns the value of a settled promise', async () => {
    expect(await VT_run(once, 'await', new Promise((resolve) => setTimeout(resolve, 5, 'late')))).toBe('late')
  })

  it('throws a rejection at the call site, with the logical stack of the VT_await', async () => {
    const reason = new Error('denied')
    const rejecting = new Promise((_resolve, reject) => setTimeout(reject, 1, reason))
    const error = await VT_run(once, 'await', rejecting).catch((e: unknown) => e)
    expect(error).toBe(reason)
    expect(VT_stackOf(reason)?.split('\n')[1]).toBe('    at once (test/runtime/machines/basics.ts:3)')
  })

  it('adopts a thenable as await does: settled once, at once or later, followed through another thenable', async () => {
    const thenable = (then: (resolve: (v: unknown) => void, reject: (e: unknown) => void) => void): PromiseLike<unknown> => ({ then }) as PromiseLike<unknown>
    expect(
      await VT_run(
        once,
        'await',
        thenable((resolve) => resolve('at once')),
      ),
    ).toBe('at once')
    expect(
      await VT_run(
        once,
        'await',
        thenable((_resolve, reject) => reject('refused at once')),
      ).catch((e: unknown) => `caught ${String(e)}`),
    ).toBe('caught refused at once')
    expect(
      await VT_run(
        once,
        'await',
        thenable((resolve) => {
          resolve('first')
          resolve('second')
        }),
      ),
    ).toBe('first')
    const twice = thenable((resolve, reject) => {
      setTimeout(resolve, 1, 'late')
      reject(new Error('early'))
    })
    await expect(VT_run(once, 'await', twice)).rejects.toThrow('early')
    await VT_run(once, 'sleep', 5) // the late resolve finds the thread gone: nothing happens
    const throwsAfter = thenable((resolve) => {
      resolve('kept')
      throw new Error('ignored, as by await')
    })
    expect(await VT_run(once, 'await', throwsAfter)).toBe('kept')
    expect(
      await VT_run(
        once,
        'await',
        thenable((resolve) => resolve(Promise.resolve('inner'))),
      ),
    ).toBe('inner')
    await expect(
      VT_run(
        once,
        'await',
        thenable(() => {
          throw new Error('then threw')
        }),
      ),
    ).rejects.toThrow('then threw')
  })

  it('continues inline for a value that is not a promise: one throw, no scheduler trip', async () => {
    const before = VT_stats().throws
    expect(await VT_run(once, 'await', 42)).toBe(42)
    expect(VT_stats().throws - before).toBe(1)
  })
})

describe('VT_join, VT_spawn, VT_run, VT_self', () => {
  it('joins a running thread for its result and an ended one at once', async () => {
    const sleeper = VT_spawn(once, 'sleep', 5) as VThread<unknown>
    expect(await VT_run(once, 'join', VT_spawn(function1, 2))).toBe(16)
    expect(await VT_run(once, 'join', sleeper)).toBeUndefined()
    expect(await VT_run(once, 'join', sleeper)).toBeUndefined()
  })

  it('rethrows the error of a joined thread in the joiner', async () => {
    const failing = VT_spawn(function1, -5)
    await expect(VT_run(once, 'join', failing)).rejects.toThrow('negative: -5')
    await expect(VT_run(once, 'join', {})).rejects.toThrow(/VT_join: expected a thread handle returned by VT_spawn/)
  })

  it('gives a thread its own handle through VT_self, and fails outside a thread', async () => {
    let self: VThread | undefined
    const handle = VT_spawn(() => (self = VT_self()))
    await VT_run(once, 'join', handle)
    expect(self).toBe(handle)
    expect(() => VT_self()).toThrow(/VT_self\(\) was called outside a virtual thread/)
  })

  it('rejects VT_spawn of something that is not a function', () => {
    expect(() => VT_spawn(42 as never)).toThrow(/VT_spawn: expected a function to run in a thread, got number/)
  })
})

describe('code that vtify did not transform', () => {
  it('makes a primitive called outside a thread say the module was not compiled by vtify', () => {
    expect(() => VT_yield()).toThrow(/VT_yield\(\) was called outside a virtual thread: the calling module was not compiled by vtify/)
    expect(() => VT_read(VT_pipe(), new Uint8Array(1))).toThrow(/not compiled by vtify/)
    expect(() => VT_await(1)).toThrow(/VT_await\(\)/)
  })

  it('says which thread ran untransformed code that called a primitive', async () => {
    const id = await VT_run(() => {
      try {
        VT_write(VT_pipe(), 'x')
      } catch (error) {
        return (error as Error).message
      }
    })
    expect(id).toMatch(/VT_write\(\) was called by code of thread #\d+ that vtify did not transform/)
  })

  it('names the call site when untransformed code calls a multistate function', () => {
    const callFromPlainCode = (): number => function1(1)
    expect(callFromPlainCode).toThrow(
      /multistate function function1 \(defined at test\/runtime\/machines\/figure2.ts:6\) was called at .*primitives\.test\.ts:\d+:\d+.* VT_spawn\(function1, …\)/,
    )
  })
})

describe('dynamic calls (a function value the compiler could not bound)', () => {
  it('calls a plain function inline', async () => {
    const log: string[] = []
    expect(await VT_run(serve, (x: number) => x + 1, 1, log)).toBe(2)
    expect(log).toEqual(['serve start', 'serve got 2'])
  })

  it('runs a multistate callee in a child thread at once and resumes the caller at once with its result', async () => {
    const log: string[] = []
    const before = VT_stats()
    const other = VT_run(() => log.push('queued thread'))
    expect(await VT_run(serve, function1, 3, log)).toBe(24)
    await other
    // the child ran in place of serve: nothing queued ran between serve's start and its resumption
    expect(log).toEqual(['queued thread', 'serve start', 'serve got 24'])
    expect(VT_stats().spawned - before.spawned).toBe(3) // other, serve, and serve's child
  })

  it('queues a child that yields, run in place of its caller, behind the threads runnable then', async () => {
    // worker yields twice (in step, then in itself): the first time as the caller's hand-off
    // (runtime/throw.ts), the second thrown to by the event loop (runtime/loop.ts)
    const log: string[] = []
    const [result] = await Promise.all([VT_run(serve, worker, 5, log), VT_run(yielder, 'B', 3, log)])
    expect(result).toBe(5)
    expect(log).toEqual(['serve start', 'B0', 'B1', 'serve got 5', 'B2'])
  })

  it('makes the child VT_self() while it runs in place of its caller, running; then the caller again', async () => {
    const log: string[] = []
    const caller = VT_spawn(serve, whoAmI, 0, log)
    const [child, status] = (await VT_run(once, 'join', caller)) as [VThread, number]
    expect(child).toBeInstanceOf(Continuation)
    expect(child).not.toBe(caller)
    expect(status).toBe(1) // RUNNING: the thread being thrown to
    expect((child as Continuation).status).toBe(3) // ENDED
    // the caller resumed as a hand-off too: outside any thread now, VT_self() knows none
    expect(() => VT_self()).toThrow(/outside a virtual thread/)
  })

  it("rethrows the child's error in the caller, with a logical stack through both threads", async () => {
    const error = await VT_run(serve, function1, -1, []).catch((e: unknown) => e)
    expect((error as Error).message).toBe('negative: -1')
    expect(VT_stackOf(error)?.split('\n').slice(1)).toEqual([
      '    at function2 (test/runtime/machines/figure2.ts:2)',
      '    at function1 (test/runtime/machines/figure2.ts:7)',
      '    at serve (test/runtime/machines/basics.ts:3)',
    ])
  })
})

describe('inline completion', () => {
  it('reads buffered data without leaving the thread: one throw for the whole read loop', async () => {
    const pipe = VT_pipe()
    await VT_run(() => pipe.close()) // a closed pipe: nothing more will arrive
    const before = VT_stats().throws
    expect(await VT_run(readAll, pipe, 4)).toEqual(new Uint8Array(0))
    expect(VT_stats().throws - before).toBe(1)
  })
})

describe('the primitives that are not boundaries, given wrong arguments', () => {
  it('throw a TypeError naming the primitive, not an error from inside the runtime', () => {
    const bad = (f: () => unknown): string => {
      try {
        f()
        return 'no error'
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`
      }
    }
    expect(bad(() => VT_handle(null as unknown as object))).toMatch(/^TypeError: VT_handle: expected a channel \(.*\), got null$/)
    expect(bad(() => (VT_handle as () => unknown)())).toMatch(/^TypeError: VT_handle: expected a channel \(.*\), got undefined$/)
    expect(bad(() => VT_channel(null as unknown as number))).toMatch(/^TypeError: VT_channel: expected a capacity .*, got null$/)
    expect(bad(() => (VT_task as () => unknown)())).toMatch(/^TypeError: VT_task: the module must be a URL .*, got undefined$/)
    expect(bad(() => VT_configure(null as unknown as object))).toMatch(/^TypeError: VT_configure: expected an object of settings .*, got null$/)
    expect(bad(() => (VT_configure as () => void)())).toMatch(/^TypeError: VT_configure: expected an object of settings .*, got undefined$/)
    // a symbol broke the message itself: "Cannot convert a Symbol value to a string"
    const symbol = Symbol('n') as unknown as number
    expect(bad(() => VT_pipe(symbol))).toBe('RangeError: VT_pipe: capacity must be an integer ≥ 1, got symbol')
    expect(bad(() => VT_channel(symbol))).toMatch(/^TypeError: VT_channel: expected a capacity .*, got symbol$/)
    expect(bad(() => VT_lines(VT_pipe(), symbol))).toBe('RangeError: VT_lines: maxLine must be an integer ≥ 1, got symbol')
    expect(bad(() => VT_configure({ throwsPerHostTurn: symbol }))).toBe('RangeError: VT_configure: throwsPerHostTurn must be an integer ≥ 0, got symbol')
    expect(bad(() => VT_pipe('8' as unknown as number))).toBe('RangeError: VT_pipe: capacity must be an integer ≥ 1, got the string "8"')
    expect(bad(() => VT_configureWork(null as unknown as object))).toBe(
      'TypeError: VT_configureWork: expected an object of settings (maxThreads, idleMs), got null',
    )
    expect(bad(() => VT_configureWork({ toString: 3 } as object))).toBe('RangeError: VT_configureWork: unknown setting toString')
  })

  it('VT_configure refuses a setting it does not know and a reporter that is not a function, and keeps a setting given as undefined', async () => {
    expect(() => VT_configure({ onUnjoinedErrors: () => {} } as object)).toThrow(
      'VT_configure: unknown setting onUnjoinedErrors; the settings are onUnjoinedError and throwsPerHostTurn',
    )
    expect(() => VT_configure({ onUnjoinedError: 5 as unknown as () => void })).toThrow(
      'VT_configure: onUnjoinedError must be a function (report, error, thread) => void, got number',
    )
    const reports: string[] = []
    VT_configure({ onUnjoinedError: (text) => reports.push(text) })
    try {
      VT_configure({ onUnjoinedError: undefined, throwsPerHostTurn: undefined })
      VT_spawn(worker, 3, 3)
      await VT_run(once, 'sleep', 1)
      expect(reports).toEqual([expect.stringContaining('thread 3 failed')])
    } finally {
      VT_configure({ onUnjoinedError: (text) => console.error(text) })
    }
  })
})
