import rule from '../../eslint-rules/no-unsuspendable-call.js'
import { ruleTester } from './rule-tester.js'

const header = `import { VT_sleep, VT_spawn, VT_write, VT_yield } from 'vtify/runtime'\n`

ruleTester.run('no-unsuspendable-call', rule, {
  valid: [
    header + `export function writeAll(ch: object, items: string[]): void { for (const item of items) VT_write(ch, item) }`,
    header + `function flush(): void { VT_yield() }\nexport function start(): void { VT_spawn(flush) }`,
    header + `export function lengths(items: string[]): number[] { return items.map((item) => item.length) }`,
    header + `export async function plain(): Promise<number> { return 1 }`,
  ],
  invalid: [
    {
      code: header + `export function writeAll(ch: object, items: string[]): void {\n  items.forEach((item) => VT_write(ch, item))\n}`,
      errors: [{ messageId: 'callbackToUntransformed', line: 3, column: 17 }],
    },
    {
      code: header + `export function later(): void { setTimeout(() => VT_yield(), 10) }`,
      errors: [{ messageId: 'callbackToUntransformed', line: 2, column: 44 }],
    },
    {
      code: header + `function nap(): void { VT_sleep(1) }\nexport async function fetchLater(): Promise<void> {\n  nap()\n}`,
      errors: [{ messageId: 'insideAsyncOrGenerator', line: 4, column: 3 }],
    },
    {
      code: header + `export function* produce(): Generator<number> {\n  VT_sleep(1)\n  yield 1\n}`,
      errors: [{ messageId: 'insideAsyncOrGenerator', line: 3, column: 3 }],
    },
    {
      code: header + `export class Conn {\n  constructor() {\n    VT_yield()\n  }\n  get ready(): boolean {\n    VT_yield()\n    return true\n  }\n}`,
      errors: [
        { messageId: 'noBoundaryHere', line: 4, column: 5 },
        { messageId: 'noBoundaryHere', line: 7, column: 5 },
      ],
    },
    { code: header + `VT_sleep(5)`, errors: [{ messageId: 'noBoundaryHere', line: 2, column: 1 }] },
  ],
})
