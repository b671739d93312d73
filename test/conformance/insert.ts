// The programs the conformance run compiles: a test262 test's body wrapped as `function main()`,
// after its harness, with `VT_yield();` inserted — with the TypeScript parser, at statement
// positions — before every statement of the body and of every block, loop body, case clause and
// try/catch/finally block in it; in the `nested` mode also in the bodies of the functions, arrows
// and methods inside it (but not getters, setters, constructors or static blocks, where a thread
// cannot suspend: VT1004). A statement that is the body of an `if` or a loop without braces gets
// braces, to hold two statements.

import ts from 'typescript'
import { harnessFile, type Test262Test } from './test262.js'

export type Mode = 'body' | 'nested'

/** The test as a module exporting main(): with VT_yield inserted for `mode`, or unmodified (the baseline). */
export function programOf(test: Test262Test, mode: Mode | undefined): string {
  const harness = ['assert.js', 'sta.js', ...test.includes].map(harnessFile).join('\n')
  const body = mode === undefined ? test.source : withYields(test.source, mode)
  const imports = mode === undefined ? '' : `// @ts-nocheck\nimport { VT_yield } from 'vtify/runtime'\n`
  return `${imports}${harness}\nexport function main() {\n${body}\n}\n`
}

export function withYields(source: string, mode: Mode): string {
  const sf = ts.createSourceFile('test.js', source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS)
  const inserts: [number, string][] = []
  const before = (statements: readonly ts.Statement[]): void => {
    for (const s of statements) inserts.push([s.getStart(sf), 'VT_yield(); '])
  }
  const braced = (s: ts.Statement): void => {
    if (ts.isBlock(s)) return
    inserts.push([s.getStart(sf), '{ VT_yield(); '], [s.getEnd(), ' }'])
  }
  // `inside`: the statements visited can suspend (the body, or a function that can).
  const visit = (n: ts.Node, inside: boolean): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isClassStaticBlockDeclaration(n)) {
      if (mode === 'body') return
      const body = ts.isFunctionLike(n) && 'body' in n ? n.body : undefined
      inside = canSuspend(n)
      if (inside && body && ts.isBlock(body)) before(body.statements)
    } else if (inside && ts.isBlock(n) && !ts.isFunctionLike(n.parent)) before(n.statements)
    else if (inside && (ts.isCaseClause(n) || ts.isDefaultClause(n))) before(n.statements)
    if (inside && ts.isIfStatement(n)) {
      braced(n.thenStatement)
      if (n.elseStatement && !ts.isIfStatement(n.elseStatement)) braced(n.elseStatement)
    }
    if (inside && ts.isIterationStatement(n, false)) braced(n.statement)
    ts.forEachChild(n, (c) => visit(c, inside))
  }
  before(sf.statements)
  ts.forEachChild(sf, (c) => visit(c, true))
  // From the end, so that earlier offsets stay valid; at one offset, a later insert goes first.
  inserts.sort((a, b) => b[0] - a[0])
  let text = source
  for (const [at, code] of inserts) text = text.slice(0, at) + code + text.slice(at)
  return text
}

/** A function a blocking call may stand in (not a getter, setter, constructor, generator or async function). */
function canSuspend(fn: ts.SignatureDeclaration | ts.ClassLikeDeclaration | ts.ClassStaticBlockDeclaration): boolean {
  if (!ts.isFunctionLike(fn)) return false
  if (ts.isGetAccessor(fn) || ts.isSetAccessor(fn) || ts.isConstructorDeclaration(fn)) return false
  const generator = 'asteriskToken' in fn && fn.asteriskToken !== undefined
  const async = ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async
  return !generator && !async
}
