import { parser } from './javascript.js'
import { highlightTree, classHighlighter } from './highlight.js'
const SOURCES = [
  'let x = 1 + 2 * 3; function f(a, b = 2, ...c) { return a ? b : c }',
  'class A extends B { #p = 1; static async *m() { yield* await this.#p } get g() { return 1 } }',
  'const o = { a, b: [1, , 3], ...rest, [k]: v => v ** 2, async m() {} }; o?.a?.[0]?.(1)',
  'for (const [a, { b }] of xs) { if (a) continue; else break } label: while (1) { do { } while (0) }',
  'try { throw new Error("x") } catch ({ message }) { } finally { debugger }',
  'const t = tag`a${b}c${`d${e}`}`; const r = /ab+c/gi.test(s); import("x").then(m => m)',
  'let broken = (1 + ; function ( { ] }',
  'const el = <div className="a">{x}<b/></div>',
  'interface I<T> { a: T; b?: number } type U = A | B & C; enum E { X = 1 } let v = x as unknown as T',
]
export function main() {
  const out = []
  const ts = parser.configure({ dialect: 'ts jsx' })
  for (const src of SOURCES) {
    for (const p of [parser, ts]) {
      const tree = p.parse(src)
      const nodes = []
      const cursor = tree.cursor()
      do nodes.push(cursor.name + ':' + cursor.from + '-' + cursor.to)
      while (cursor.next())
      const classes = []
      highlightTree(tree, classHighlighter, (from, to, cls) => classes.push([from, to, cls]))
      out.push([tree.toString(), tree.length, nodes, classes, tree.resolve(5, 1).name, tree.resolveInner(10, -1).name])
    }
  }
  // incremental reparse with fragments
  return out
}
