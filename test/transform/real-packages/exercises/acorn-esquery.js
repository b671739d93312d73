import { parse, tokenizer } from './acorn.js'
import esquery from './esquery.js'
import { attempt } from './attempt.js'

const SOURCES = [
  'let x = 1 + 2 * 3; function f(a, b = 2, ...c) { return a ? b : c }',
  'class A extends B { #p = 1; static m() { return this.#p } get g() { return 1 } }',
  'const o = { a, b: [1, , 3], ...rest, [k]: (v) => v ** 2, async m() {} }; o?.a?.[0]?.(1)',
  'for (const [a, { b }] of xs) { if (a) continue; else break } label: while (1) { do {} while (0) }',
  'try { throw new Error("x") } catch ({ message }) {} finally { debugger }',
  'const t = tag`a${b}c`; const r = /ab+c/giu.test(s); import("x").then((m) => m)',
  'let broken = (1 + ; function ( { ] }',
  'x = 0x1F + 1e3 + 1_000n + .5 + "\\u{1F600}" + `${`${1}`}`',
]
const SELECTORS = [
  'Identifier',
  'FunctionDeclaration > Identifier',
  'BinaryExpression[operator="+"]',
  ':function',
  'Literal[value=1]',
  'CallExpression:has(Identifier[name="then"])',
  '*:not(Identifier)',
  'ClassBody > :first-child',
  'VariableDeclarator ~ VariableDeclarator',
  ':matches(IfStatement, ForOfStatement)',
]

export function main() {
  const out = []
  for (const source of SOURCES) {
    attempt(out, source, () => {
      const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true })
      const tokens = []
      for (const token of tokenizer(source, { ecmaVersion: 'latest' })) tokens.push([token.type.label, token.start, token.end])
      const matches = []
      for (const selector of SELECTORS) matches.push(esquery(ast, selector).map((n) => n.type + '@' + n.start))
      return [JSON.stringify(ast), tokens, matches]
    })
  }
  attempt(out, 'bad selector', () => esquery.parse('[['))
  return out
}
