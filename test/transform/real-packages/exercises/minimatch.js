import { minimatch, Minimatch, makeRe, match, escape, unescape, braceExpand } from './minimatch/index.js'
import { attempt } from './attempt.js'

const PATTERNS = [
  '*.js',
  '**/*.ts',
  'src/{a,b}/*.{js,ts}',
  '!(node_modules)/**',
  '?(x|y)z',
  '+(ab|cd)e',
  '@(foo|bar).*',
  'a/[bc]d/*',
  '[!a-c]*',
  '**/test/**/*.test.ts',
  '{1..5}.txt',
  '\\*literal',
  'a/**/b/../c',
  '[[:alpha:]]*',
  '*(a|b)(c)',
]
const PATHS = [
  'a.js',
  'src/a/x.ts',
  'src/b/y.js',
  'node_modules/x',
  'lib/deep/test/a/b.test.ts',
  'xz',
  'ababe',
  'foo.txt',
  'a/bd/z',
  'zebra',
  '3.txt',
  '*literal',
  'a/q/b/c',
  '.hidden.js',
  'Café',
  'ac',
]

export function main() {
  const out = []
  for (const p of PATTERNS) {
    attempt(out, p, () => {
      const mm = new Minimatch(p, { dot: p.includes('x') })
      const re = makeRe(p, { nocase: true })
      const matched = []
      for (const f of PATHS) matched.push(mm.match(f))
      return [mm.set.map((s) => s.map(String)), mm.negate, String(re), matched, match(PATHS, p, { matchBase: true }), mm.hasMagic()]
    })
  }
  for (const p of ['a{b,c{d,e}f}g', '{x,y}{1..3}', 'a{,b}c', '{a..e..2}']) attempt(out, p, () => braceExpand(p))
  attempt(out, 'escape', () => [escape('a*b?[c]'), unescape('a\\*b'), escape('x(y)', { windowsPathsNoEscape: true })])
  attempt(out, 'minimatch', () => {
    const all = []
    for (const f of PATHS) all.push([minimatch(f, '**/*.js'), minimatch(f, '!*.txt'), minimatch(f, '*', { partial: true })])
    return all
  })
  attempt(out, 'too long', () => minimatch('a', 'x'.repeat(70000)))
  return out
}
