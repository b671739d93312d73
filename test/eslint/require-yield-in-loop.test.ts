import rule from '../../eslint-rules/require-yield-in-loop.js'
import { onDisk, ruleTester } from './rule-tester.js'

const header = `import { VT_read, VT_sleep, VT_yield } from 'vtify/runtime'\n`
/** `body` inside a function that is multistate (it also sleeps), so it runs in a virtual thread. */
const inThread = (body: string): string => `${header}export function worker(ch: object, items: number[], n: number): void {\n  VT_sleep(1)\n${body}\n}`

ruleTester.run('require-yield-in-loop', rule, {
  valid: [
    inThread(`  while (true) {\n    VT_yield()\n  }`),
    inThread(`  while (VT_read(ch, items) > 0) n++`),
    inThread(`  for (;;) {\n    if (n > 0) VT_yield()\n    else VT_sleep(1)\n  }`),
    inThread(`  for (let i = 0; i < 100; i++) n += i`),
    inThread(`  for (const x of [1, 2, 3]) n += x`),
    inThread(`  for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) n += i * j`),
    inThread(`  for (let i = 0; i < n % 8; i++) n++`),
    // An inner loop that yields on every iteration does not count towards the outer one's bound.
    inThread(`  for (let i = 0; i < 100; i++) for (let j = 0; j < 100; j++) VT_yield()`),
    // A function nothing runs in a thread may loop as long as it likes.
    `export function spin(items: number[]): number { let s = 0; for (const x of items) s += x; while (true) if (s++ > 9) return s }`,
    { code: inThread(`  for (let i = 0; i < 2000; i++) n += i`), options: [{ maxIterations: 5000 }] },
    // A loop over a collection the program holds, calling nothing but built-ins, is bounded by the
    // data: a pure helper reached from a thread is not what the rule is for.
    `import { VT_run } from 'vtify/runtime'\nfunction total(xs: number[]): number {\n  let s = 0\n  for (const x of xs) s += x\n  return s\n}\nexport const done = VT_run(total, [1])`,
    inThread(`  const out: number[] = []\n  for (const x of items) out.push(Math.max(x, 0), new Array<number>(x).length)`),
    inThread(`  for (let i = 0; i < items.length; i++) n += items[i]!`),
    // The same comparison written the other way round (it was "not bounded by a constant").
    inThread(`  for (let i = 0; items.length > i; i++) n += items[i]!`),
    inThread(`  for (const k in ch) n += k.length`),
    inThread(`  for (const x of items) for (const y of items) n += x * y`),
    // The collection expression runs once, before the loop: its calls are not per element.
    inThread(`  for (const x of load(items)) n += x\n}\nfunction load(xs: number[]): number[] {\n  return xs`),
    // checksum.ts: `checksum` sums a buffer; thread.ts runs it in a thread.
    onDisk('loops/checksum.ts'),
    // A generator's `yield` hands each value to its caller (a loop that only adds them up): not long.
    inThread(`  for (const x of ticks()) n += x\n}\nfunction* ticks(): Generator<number> {\n  for (let i = 0; ; i++) yield i`),
    // An async function's `await` returns to the event loop, and `for await` waits on every iteration.
    inThread(
      `  void poll(ch as AsyncIterable<number>)\n}\ndeclare function work(x: number): void\nasync function poll(xs: AsyncIterable<number>): Promise<void> {\n  for await (const x of xs) work(x)\n  for (;;) await Promise.resolve()`,
    ),
  ],
  invalid: [
    {
      // The path where `n > 0` is false goes around without a state boundary.
      code: inThread(`  while (true) {\n    if (n > 0) VT_yield()\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: {
            fn: 'worker',
            why: 'forever (its condition is always true)',
            multistate: ' (`worker` is already multistate, so this only adds a state boundary)',
          },
          suggestions: [{ messageId: 'addYield', output: inThread(`  while (true) {\n    if (n > 0) VT_yield()\n    VT_yield()\n  }`) }],
        },
      ],
    },
    {
      // `continue` skips the boundary.
      code: inThread(`  for (;;) {\n    if (n++ % 2) continue\n    VT_yield()\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          suggestions: [{ messageId: 'addYield', output: inThread(`  for (;;) {\n    if (n++ % 2) continue\n    VT_yield()\n    VT_yield()\n  }`) }],
        },
      ],
    },
    {
      code: inThread(`  for (let i = 0; i < 5000; i++) n += i`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: { fn: 'worker', why: 'up to 5000 times', multistate: ' (`worker` is already multistate, so this only adds a state boundary)' },
          suggestions: [{ messageId: 'addYield', output: inThread(`  for (let i = 0; i < 5000; i++) { n += i; VT_yield() }`) }],
        },
      ],
    },
    {
      code: inThread(`  for (let i = 0; i < 200; i++) n += i`),
      options: [{ maxIterations: 100 }],
      errors: [
        { messageId: 'unyieldingLoop', suggestions: [{ messageId: 'addYield', output: inThread(`  for (let i = 0; i < 200; i++) { n += i; VT_yield() }`) }] },
      ],
    },
    {
      // Reported once, on the outer loop: 100 × 100 iterations between boundaries.
      code: inThread(`  for (let i = 0; i < 100; i++) {\n    for (let j = 0; j < 100; j++) n += i * j\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: {
            fn: 'worker',
            why: '10000 times across its nested loops',
            multistate: ' (`worker` is already multistate, so this only adds a state boundary)',
          },
          suggestions: [
            { messageId: 'addYield', output: inThread(`  for (let i = 0; i < 100; i++) {\n    for (let j = 0; j < 100; j++) n += i * j\n    VT_yield()\n  }`) },
          ],
        },
      ],
    },
    {
      // An inner loop that may run zero times does not make the outer loop yield.
      code: inThread(`  do {\n    for (const x of items) VT_yield()\n  } while (n > 0)`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          suggestions: [{ messageId: 'addYield', output: inThread(`  do {\n    for (const x of items) VT_yield()\n    VT_yield()\n  } while (n > 0)`) }],
        },
      ],
    },
    {
      // A single-state function called from a thread, calling a function per element: the fix makes it multistate, through an alias.
      code: `import { VT_yield as pause, VT_run } from 'vtify/runtime'\nfunction sum(items: number[]): number {\n  let s = 0\n  for (const x of items) s += weigh(x)\n  return s\n}\nfunction weigh(x: number): number {\n  return x * 2\n}\nexport const done = VT_run(sum, [1])`,
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: {
            fn: 'sum',
            why: 'once per element of `items` (a collection of unknown size), calling `weigh(…)` each time,',
            multistate: '; this makes `sum` multistate, and every function that calls it',
          },
          suggestions: [
            {
              messageId: 'addYield',
              output: `import { VT_yield as pause, VT_run } from 'vtify/runtime'\nfunction sum(items: number[]): number {\n  let s = 0\n  for (const x of items) { s += weigh(x); pause() }\n  return s\n}\nfunction weigh(x: number): number {\n  return x * 2\n}\nexport const done = VT_run(sum, [1])`,
            },
          ],
        },
      ],
    },
    {
      // An index loop over a collection, constructing a class of the project per element.
      code: inThread(`  for (let i = 0; i < items.length; i++) n += new Cell(items[i]!).value\n}\nclass Cell {\n  constructor(readonly value: number) {}`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: {
            fn: 'worker',
            why: 'once per element of `items` (a collection of unknown size), calling `new Cell(…)` each time,',
            multistate: ' (`worker` is already multistate, so this only adds a state boundary)',
          },
          suggestions: [
            {
              messageId: 'addYield',
              output: inThread(
                `  for (let i = 0; i < items.length; i++) { n += new Cell(items[i]!).value; VT_yield() }\n}\nclass Cell {\n  constructor(readonly value: number) {}`,
              ),
            },
          ],
        },
      ],
    },
    {
      // A call through a value typed by a parameter: nothing says it is cheap.
      code: inThread(`  const f = (x: number): number => x + 1\n  for (const x of items) n += f(x)`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 5,
          data: {
            fn: 'worker',
            why: 'once per element of `items` (a collection of unknown size), calling `f(…)` each time,',
            multistate: ' (`worker` is already multistate, so this only adds a state boundary)',
          },
          suggestions: [
            { messageId: 'addYield', output: inThread(`  const f = (x: number): number => x + 1\n  for (const x of items) { n += f(x); VT_yield() }`) },
          ],
        },
      ],
    },
    {
      // A while loop whose condition no constant bounds is reported even when it calls nothing.
      code: inThread(`  let node: { next: unknown } | null = { next: null }\n  while (node !== null) node = node.next as typeof node`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 5,
          data: {
            fn: 'worker',
            why: 'an unbounded number of times (its condition is not bounded by a constant)',
            multistate: ' (`worker` is already multistate, so this only adds a state boundary)',
          },
          suggestions: [
            {
              messageId: 'addYield',
              output: inThread(
                `  let node: { next: unknown } | null = { next: null }\n  while (node !== null) { node = node.next as typeof node; VT_yield() }`,
              ),
            },
          ],
        },
      ],
    },
    {
      // A namespace import of the runtime.
      code: `import * as vt from 'vtify/runtime'\nexport function drain(ch: object): void {\n  vt.VT_sleep(1)\n  for (;;) {}\n}`,
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          suggestions: [
            {
              messageId: 'addYield',
              output: `import * as vt from 'vtify/runtime'\nexport function drain(ch: object): void {\n  vt.VT_sleep(1)\n  for (;;) { vt.VT_yield() }\n}`,
            },
          ],
        },
      ],
    },
    {
      // Runs in a thread because loops/thread.ts calls it from a multistate function; the fix imports VT_yield.
      ...onDisk('loops/digest.ts'),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 5,
          data: {
            fn: 'digest',
            why: 'once per element of `data` (a collection of unknown size), calling `mix(…)` each time,',
            multistate: '; this makes `digest` multistate, and every function that calls it',
          },
          suggestions: [
            {
              messageId: 'addYield',
              output: onDisk('loops/digest.ts')
                .code.replace('export function digest', `import { VT_yield } from 'vtify/runtime'\nexport function digest`)
                .replace('for (const byte of data) sum = mix(sum, byte)', 'for (const byte of data) { sum = mix(sum, byte); VT_yield() }'),
            },
          ],
        },
      ],
    },
    {
      // VT_yield imported from a module that re-exports the runtime's: the fix calls it, and adds no
      // import of the runtime's beside it (which declared the name twice: TS2300).
      code: `import { VT_run, VT_yield } from './loops/vt.js'\nfunction spin(): void {\n  for (;;) Math.random()\n}\nexport const done = VT_run(spin)\nexport const pause = VT_yield`,
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 3,
          suggestions: [
            {
              messageId: 'addYield',
              output: `import { VT_run, VT_yield } from './loops/vt.js'\nfunction spin(): void {\n  for (;;) { Math.random(); VT_yield() }\n}\nexport const done = VT_run(spin)\nexport const pause = VT_yield`,
            },
          ],
        },
      ],
    },
    {
      // A local `VT_yield` around the loop: a call would call it, not the runtime's. No suggestion.
      code: `import { VT_run } from 'vtify/runtime'\nfunction spin(VT_yield: number): void {\n  for (;;) Math.random() + VT_yield\n}\nexport const done = VT_run(spin, 1)`,
      errors: [{ messageId: 'unyieldingLoop', line: 3, suggestions: [] }],
    },
    {
      // A namespace import of the runtime shadowed by a parameter of the same name. No suggestion.
      code: `import * as vt from 'vtify/runtime'\nfunction spin(vt: number): void {\n  for (;;) Math.random() + vt\n}\nexport const done = vtRun()\nfunction vtRun(): Promise<void> {\n  return vt.VT_run(spin, 1)\n}`,
      errors: [{ messageId: 'unyieldingLoop', line: 3, suggestions: [] }],
    },
    {
      // VT_yield() in a constructor would be VT1004: the message says where the loop can yield, and
      // there is no suggestion.
      code: inThread(
        `  void new Table(n)\n}\ndeclare function work(x: number): void\nclass Table {\n  constructor(size: number) {\n    for (let i = 0; i < size; i++) work(i)\n  }`,
      ),
      errors: [
        {
          messageId: 'unyieldingLoopNoBoundary',
          line: 9,
          data: {
            fn: 'Table.constructor',
            why: 'an unbounded number of times (its condition is not bounded by a constant)',
            fix: 'A state boundary cannot be placed in a constructor: move the loop into a method that runs after construction (e.g. a static `create()` or an `init()` method) and call VT_yield() in the loop there.',
          },
          suggestions: [],
        },
      ],
    },
    {
      // VT_yield() in an async function would be VT1003.
      code: inThread(`  void spin()\n}\ndeclare function work(x: number): void\nasync function spin(): Promise<void> {\n  for (;;) work(1)`),
      errors: [
        {
          messageId: 'unyieldingLoopNoBoundary',
          line: 8,
          data: {
            fn: 'spin',
            why: 'forever (it has no condition)',
            fix: 'vtify does not transform the async function `spin`, so VT_yield() cannot be called in it: `await` in the loop lets other threads run.',
          },
          suggestions: [],
        },
      ],
    },
    {
      // The body ends in `continue`: a call after it would never run. The call goes at the start.
      code: inThread(`  while (true) {\n    n++\n    continue\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          suggestions: [{ messageId: 'addYield', output: inThread(`  while (true) {\n    VT_yield()\n    n++\n    continue\n  }`) }],
        },
      ],
    },
    {
      // At the start, before a statement that would continue the call's expression (`VT_yield()[n] = …`).
      code: inThread(`  for (;;) {\n    [n] = [n + 1]\n    continue\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          suggestions: [{ messageId: 'addYield', output: inThread(`  for (;;) {\n    VT_yield();\n    [n] = [n + 1]\n    continue\n  }`) }],
        },
      ],
    },
    {
      code: inThread(`  for (;;) continue`),
      errors: [{ messageId: 'unyieldingLoop', line: 4, suggestions: [{ messageId: 'addYield', output: inThread(`  for (;;) { VT_yield(); continue; }`) }] }],
    },
  ],
})
