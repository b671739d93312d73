// `var x` beside `function x` or a parameter x, and `var x` twice, are one binding in JavaScript (test262's
// S13_A19 tests): the function initialises it at entry, the var's initialiser assigns it later,
// and a var beside a parameter keeps the argument.
import { VT_yield } from 'vtify/runtime'
function g(log: string[], a: number): number {
  VT_yield()
  // @ts-expect-error redeclaration
  var a: number
  log.push(`a ${a}`)
  return a
}
export function main(log: string[]): number {
  log.push(`typeof ${typeof decl}`)
  VT_yield()
  // @ts-expect-error redeclaration
  var decl = 1
  log.push(`decl ${decl}`)
  // @ts-expect-error redeclaration
  function decl() { return 2 }
  var twice = 1
  VT_yield()
  var twice = twice + 1
  log.push(`twice ${twice} ${g(log, 5)}`)
  return 0
}
