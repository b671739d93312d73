// Input the transform does not support yet gets a VT2xxx diagnostic at the construct, and its
// module gets no output — never silently wrong code.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Project, resolveInput, transformProject } from '../../compiler/index.js'

/** Transform a one-module program (main.ts) that imports VT_yield. */
function transformSource(source: string): ReturnType<typeof transformProject> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-diag-'))
  fs.writeFileSync(path.join(dir, 'main.ts'), `import { VT_yield } from 'vtify/runtime'\n${source}`)
  return transformProject(new Project(resolveInput(dir)))
}

const cases: [name: string, source: string, code: string, line: number, column: number, message: RegExp][] = [
  [
    'a multistate private method of an anonymous class named by a computed key',
    "export const o = { [String('K')]: class {\n  #m() { VT_yield() }\n  run() { this.#m() }\n} }",
    'VT2001',
    3,
    3,
    /of an anonymous class named by a computed key is not supported yet: name the class/,
  ],
  [
    'a multistate function declaration in a case clause of a plain function',
    'export function f(x: number) {\n  switch (x) {\n    case 1:\n      function inner() { VT_yield() }\n      return inner\n  }\n}',
    'VT2001',
    5,
    7,
    /declared in a switch case of a function that is not multistate/,
  ],
  [
    'a multistate function declaration in a namespace',
    'namespace NS {\n  export function inner(): void {\n    VT_yield()\n  }\n}\nexport const run = NS.inner',
    'VT2001',
    3,
    3,
    /multistate function inner is declared in a namespace, which is not supported yet: declare it at the module's top level/,
  ],
  [
    "a decorator on a multistate method (what it puts in the method's place would never run)",
    'function logged<T>(value: T, _context: ClassMethodDecoratorContext): T {\n  return value\n}\nexport class A {\n  @logged step() {\n    VT_yield()\n  }\n}',
    'VT2002',
    6,
    3,
    /a decorator on multistate method A\.step is not supported yet: vtify calls the method's state machine, not what the decorator puts in its place/,
  ],
  [
    'an enum declared in a multistate function (gone once the thread resumes)',
    "export function f() {\n  enum Color { Red = 'r' }\n  VT_yield()\n  return Color.Red\n}",
    'VT2002',
    3,
    8,
    /enum Color, declared in multistate function f, is not supported yet: .* Declare it outside the function/,
  ],
  [
    "a namespace declared in a multistate function (its members taken for the function's variables)",
    'export function f() {\n  namespace NS {\n    export const k = 3\n  }\n  VT_yield()\n  return NS.k\n}',
    'VT2002',
    3,
    13,
    /namespace NS, declared in multistate function f, is not supported yet/,
  ],
  [
    'a using declaration in a for-of head of a multistate function (it would never be disposed of)',
    'export function f(rs: Disposable[]) {\n  for (using r of rs) VT_yield()\n}',
    'VT2002',
    3,
    8,
    /a `using` declaration in the head of a loop in multistate function f is not supported yet: .*never dispose of it\. Declare it first in the loop's body instead/,
  ],
  [
    'a using declaration directly in a case clause (a syntax error the parser lets through)',
    'export function f(x: number, r: Disposable) {\n  switch (x) {\n    case 1:\n      using a = r\n      VT_yield()\n  }\n}',
    'VT2002',
    5,
    7,
    /a `using` declaration outside a block is not allowed by JavaScript\. Put the clause's statements in a block/,
  ],
  [
    'a using declaration as the body of an if (a syntax error the parser lets through)',
    'export function f(x: number, r: Disposable) {\n  if (x) using a = r\n  VT_yield()\n}',
    'VT2002',
    3,
    10,
    /a `using` declaration outside a block is not allowed by JavaScript\. Put it in a block with the code that uses the resource/,
  ],
  [
    'a using declaration in a for head of a multistate function',
    'export function f(r: Disposable) {\n  for (using x = r; ; ) VT_yield()\n}',
    'VT2002',
    3,
    8,
    /a `using` declaration in the head of a loop in multistate function f is not supported yet: .* Declare it in a block around the loop instead/,
  ],
  [
    'a direct eval in a multistate function',
    "export function f() {\n  let x = 1\n  VT_yield()\n  eval('x = 2')\n  return x\n}",
    'VT2002',
    5,
    3,
    /a direct eval in multistate function f is not supported: .* Rewrite this code without eval/,
  ],
  [
    'a direct eval in a closure of a multistate function, in parentheses and a cast',
    "export function f() {\n  let x = 1\n  VT_yield()\n  const g = () => (eval as (s: string) => number)('x')\n  return g()\n}",
    'VT2002',
    5,
    19,
    /a direct eval in multistate function f/,
  ],
  [
    'an assignment to super.x in a multistate method',
    'class A { x = 1 }\nexport class B extends A {\n  m() {\n    VT_yield()\n    super.x = 2\n  }\n}',
    'VT2002',
    6,
    5,
    /assignment to a 'super' property/,
  ],
  [
    'super in a multistate object literal method',
    'export const o = {\n  m() {\n    VT_yield()\n    return super.toString()\n  },\n}',
    'VT2002',
    5,
    12,
    /'super' is supported in multistate class methods/,
  ],
  [
    'arguments in a multistate arrow outside any function',
    'export const f = () => {\n  VT_yield()\n  return arguments.length\n}',
    'VT2002',
    2,
    18,
    /multistate arrow f reads 'arguments' but is not inside a function/,
  ],
  [
    // main.ts's tag (moduleTag): generated names of its variables look like f$m9lusq2n1$x.
    'a name with the mark of generated names',
    'export function f() {\n  VT_yield()\n  const a$m9lusq2n1$b = 1\n  return a$m9lusq2n1$b\n}',
    'VT2002',
    4,
    9,
    /'\$m9lusq2n1\$' is the mark of this module's generated names/,
  ],
  [
    // Copied into generated code, it would be read as the delimiter of a hole (holes.ts).
    'the control character U+0001 written as is',
    "export function f() {\n  VT_yield()\n  return 'a\u0001b'\n}",
    'VT2002',
    4,
    10,
    /holds the control character U\+0001 as is.*write it as the escape \\u0001/,
  ],
  [
    'a multistate function called with new',
    'function F(this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport function f() {\n  VT_yield()\n  return new (F as any)()\n}',
    'VT2002',
    8,
    10,
    /multistate function F is called with new, which is not supported/,
  ],
  [
    'a multistate function expression called with new where it stands',
    'export function f() {\n  VT_yield()\n  return new function (this: { x: number }) {\n    VT_yield()\n    this.x = 1\n  }()\n}',
    'VT2002',
    4,
    10,
    /is called with new/,
  ],
  [
    'a multistate function assigned to a variable later, called with new',
    'let F: any\nF = function (this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport function f() {\n  VT_yield()\n  return new F()\n}',
    'VT2002',
    9,
    10,
    /multistate function F is called with new/,
  ],
  [
    'a multistate function called with new at module top level',
    'function F(this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport const made = new (F as any)()',
    'VT2002',
    6,
    21,
    /multistate function F is called with new, which is not supported/,
  ],
  [
    'a multistate function called with new in a plain function',
    'function F(this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport function make() {\n  return new (F as any)()\n}',
    'VT2002',
    7,
    10,
    /multistate function F is called with new, which is not supported/,
  ],
  [
    'a multistate function extended by a class',
    'function A(this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport function f() {\n  VT_yield()\n  class C extends (A as any) {}\n  return new C()\n}',
    'VT2002',
    8,
    19,
    /multistate function A is extended by a class/,
  ],
  [
    'a state boundary in the computed name of an object literal method',
    "function key(): string {\n  VT_yield()\n  return 'm'\n}\nexport function f() {\n  VT_yield()\n  return { [key()]() { return 1 } }\n}",
    'VT2002',
    8,
    12,
    /a state boundary inside this MethodDeclaration/,
  ],
  [
    'a state boundary in the computed name of a class method',
    "function key(): string {\n  VT_yield()\n  return 'm'\n}\nexport function f() {\n  VT_yield()\n  return class { [key()]() { return 1 } }\n}",
    'VT2002',
    8,
    10,
    /a state boundary inside this ClassExpression/,
  ],
  [
    "an outer variable named with the generated code's prefix",
    'const vt$k = 2\nexport function f() {\n  VT_yield()\n  return { k: vt$k }\n}',
    'VT2002',
    5,
    15,
    /'vt\$k' in multistate function f names a variable of an outer scope/,
  ],
]

describe('unsupported input is diagnosed', () => {
  it.each(cases)('%s', (_name, source, code, line, column, message) => {
    const result = transformSource(source)
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([[code, 'main.ts', line, column]])
    expect(result.diagnostics[0]!.message).toMatch(message)
    expect(result.outputs.has('main.ts')).toBe(false)
  })

  it('a multistate function called with new is pointed to where it is defined', () => {
    const result = transformSource(
      'var Point = function Point(this: { x: number }) {\n  VT_yield()\n  this.x = 1\n}\nexport function f() {\n  VT_yield()\n  return new (Point as any)()\n}',
    )
    // Line 2 of main.ts: the function expression's name.
    expect(result.diagnostics[0]!.related.map((r) => [r.line, r.column, r.message])).toEqual([[2, 22, 'Point is defined here']])
  })

  it('a supported module gets output and no diagnostics', () => {
    const result = transformSource('export function f() {\n  VT_yield()\n  return 1\n}')
    expect(result.diagnostics).toEqual([])
    expect(result.outputs.get('main.ts')).toMatch(/function f\$sm\(k\)/)
  })

  it('an indirect eval, which sees only globals, is compiled', () => {
    const result = transformSource("export function f() {\n  VT_yield()\n  return (0, eval)('1 + 1') + (globalThis.eval?.('2') ?? 0)\n}")
    expect(result.diagnostics).toEqual([])
    expect(result.outputs.has('main.ts')).toBe(true)
  })
})
