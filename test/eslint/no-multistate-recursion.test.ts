import rule from '../../eslint-rules/no-multistate-recursion.js'
import { onDisk, ruleTester } from './rule-tester.js'

ruleTester.run('no-multistate-recursion', rule, {
  valid: [
    // Single-state recursion is fine: it never suspends.
    `export function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2) }`,
    `import { VT_yield } from 'vtify/runtime'
export function tick(): void { VT_yield() }
export function twice(): void { tick(); tick() }`,
    // The cross-file cycle closes in pong.ts, so ping.ts itself has nothing to report.
    onDisk('cycle/ping.ts'),
  ],
  invalid: [
    {
      code: `import { VT_yield } from 'vtify/runtime'
export function countdown(n: number): void {
  if (n === 0) return
  VT_yield()
  countdown(n - 1)
}`,
      errors: [{ messageId: 'recursion', line: 5, column: 3, endLine: 5, endColumn: 19 }],
    },
    {
      code: `import { VT_sleep } from 'vtify/runtime'
function a(n: number): void { VT_sleep(1); b(n) }
function b(n: number): void { if (n > 0) a(n - 1) }
export { a }`,
      errors: [{ messageId: 'recursion', line: 3, column: 42 }],
    },
    // Mutual recursion across files: reported where the cycle closes, with the other file from disk.
    { ...onDisk('cycle/pong.ts'), errors: [{ messageId: 'recursion', line: 4, column: 3 }] },
  ],
})
