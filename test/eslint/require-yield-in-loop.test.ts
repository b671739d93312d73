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
  ],
  invalid: [
    {
      // The path where `n > 0` is false goes around without a state boundary.
      code: inThread(`  while (true) {\n    if (n > 0) VT_yield()\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: { fn: 'worker', why: 'forever (its condition is always true)', multistate: ' (`worker` is already multistate, so this only adds a state boundary)' },
          suggestions: [{ messageId: 'addYield', output: inThread(`  while (true) {\n    if (n > 0) VT_yield()\n    VT_yield()\n  }`) }],
        },
      ],
    },
    {
      // `continue` skips the boundary.
      code: inThread(`  for (;;) {\n    if (n++ % 2) continue\n    VT_yield()\n  }`),
      errors: [{ messageId: 'unyieldingLoop', line: 4, suggestions: [{ messageId: 'addYield', output: inThread(`  for (;;) {\n    if (n++ % 2) continue\n    VT_yield()\n    VT_yield()\n  }`) }] }],
    },
    {
      code: inThread(`  for (let i = 0; i < 5000; i++) n += i`),
      errors: [{ messageId: 'unyieldingLoop', line: 4, data: { fn: 'worker', why: 'up to 5000 times', multistate: ' (`worker` is already multistate, so this only adds a state boundary)' }, suggestions: [{ messageId: 'addYield', output: inThread(`  for (let i = 0; i < 5000; i++) { n += i; VT_yield() }`) }] }],
    },
    {
      code: inThread(`  for (let i = 0; i < 200; i++) n += i`),
      options: [{ maxIterations: 100 }],
      errors: [{ messageId: 'unyieldingLoop', suggestions: [{ messageId: 'addYield', output: inThread(`  for (let i = 0; i < 200; i++) { n += i; VT_yield() }`) }] }],
    },
    {
      // Reported once, on the outer loop: 100 × 100 iterations between boundaries.
      code: inThread(`  for (let i = 0; i < 100; i++) {\n    for (let j = 0; j < 100; j++) n += i * j\n  }`),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: { fn: 'worker', why: '10000 times across its nested loops', multistate: ' (`worker` is already multistate, so this only adds a state boundary)' },
          suggestions: [{ messageId: 'addYield', output: inThread(`  for (let i = 0; i < 100; i++) {\n    for (let j = 0; j < 100; j++) n += i * j\n    VT_yield()\n  }`) }],
        },
      ],
    },
    {
      // An inner loop that may run zero times does not make the outer loop yield.
      code: inThread(`  do {\n    for (const x of items) VT_yield()\n  } while (n > 0)`),
      errors: [{ messageId: 'unyieldingLoop', line: 4, suggestions: [{ messageId: 'addYield', output: inThread(`  do {\n    for (const x of items) VT_yield()\n    VT_yield()\n  } while (n > 0)`) }] }],
    },
    {
      // A single-state function called from a thread: the fix makes it multistate, through an alias.
      code: `import { VT_yield as pause, VT_run } from 'vtify/runtime'\nfunction sum(items: number[]): number {\n  let s = 0\n  for (const x of items) s += x\n  return s\n}\nexport const done = VT_run(sum, [1])`,
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 4,
          data: { fn: 'sum', why: 'once per element of a collection whose size is not known', multistate: '; this makes `sum` multistate, and every function that calls it' },
          suggestions: [{ messageId: 'addYield', output: `import { VT_yield as pause, VT_run } from 'vtify/runtime'\nfunction sum(items: number[]): number {\n  let s = 0\n  for (const x of items) { s += x; pause() }\n  return s\n}\nexport const done = VT_run(sum, [1])` }],
        },
      ],
    },
    {
      // A namespace import of the runtime.
      code: `import * as vt from 'vtify/runtime'\nexport function drain(ch: object): void {\n  vt.VT_sleep(1)\n  for (;;) {}\n}`,
      errors: [{ messageId: 'unyieldingLoop', line: 4, suggestions: [{ messageId: 'addYield', output: `import * as vt from 'vtify/runtime'\nexport function drain(ch: object): void {\n  vt.VT_sleep(1)\n  for (;;) { vt.VT_yield() }\n}` }] }],
    },
    {
      // Runs in a thread because loops/thread.ts calls it from a multistate function; the fix imports VT_yield.
      ...onDisk('loops/checksum.ts'),
      errors: [
        {
          messageId: 'unyieldingLoop',
          line: 5,
          suggestions: [
            {
              messageId: 'addYield',
              output: onDisk('loops/checksum.ts').code
                .replace('export function checksum', `import { VT_yield } from 'vtify/runtime'\nexport function checksum`)
                .replace('for (const byte of data) sum = (sum + byte) % 65521', 'for (const byte of data) { sum = (sum + byte) % 65521; VT_yield() }'),
            },
          ],
        },
      ],
    },
  ],
})
