// An exported function that replaces itself (imported by reassigned-function-declaration.ts):
// importers see the new (plain) function through the live binding.
import { VT_yield } from 'vtify/runtime'

export function greet(name: string): string {
  VT_yield()
  // @ts-expect-error TypeScript forbids assigning to a function; JavaScript does not.
  greet = (other: string): string => `hello again, ${other}`
  return `hello, ${name}`
}
