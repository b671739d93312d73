// The vendored part of tc39/test262 (test262/: its harness and the tests of the directories in
// DIRECTORIES, see docs/conformance.md) and which of its tests the conformance run takes: those
// a compiler of plain JavaScript control flow and closures can be held to — not negative
// (syntax-error) tests, sloppy-mode-only tests, modules, async or generator tests, nor tests
// that use eval, with, or the host hooks ($262).

import fs from 'node:fs'
import path from 'node:path'

export const SUITE = path.join(import.meta.dirname, 'test262')

/** The directories under test/language/ vendored and run. */
export const DIRECTORIES = [
  'statements/block',
  'statements/break',
  'statements/class',
  'statements/const',
  'statements/continue',
  'statements/do-while',
  'statements/for',
  'statements/for-in',
  'statements/for-of',
  'statements/function',
  'statements/if',
  'statements/labeled',
  'statements/let',
  'statements/return',
  'statements/switch',
  'statements/throw',
  'statements/try',
  'statements/variable',
  'statements/while',
  'expressions/arrow-function',
  'expressions/assignment',
  'expressions/call',
  'expressions/class',
  'expressions/coalesce',
  'expressions/comma',
  'expressions/compound-assignment',
  'expressions/conditional',
  'expressions/delete',
  'expressions/function',
  'expressions/logical-and',
  'expressions/logical-assignment',
  'expressions/logical-or',
  'expressions/new',
  'expressions/object',
  'expressions/optional-chaining',
  'expressions/tagged-template',
  'expressions/template-literal',
  'expressions/typeof',
  'expressions/array',
  // Operators, conversions and the forms around functions (session 20): their tests check
  // evaluation order, and the transform reorders evaluation where a statement holds a boundary.
  'expressions/addition',
  'expressions/bitwise-and',
  'expressions/bitwise-not',
  'expressions/bitwise-or',
  'expressions/bitwise-xor',
  'expressions/concatenation',
  'expressions/division',
  'expressions/does-not-equals',
  'expressions/equals',
  'expressions/exponentiation',
  'expressions/greater-than',
  'expressions/greater-than-or-equal',
  'expressions/grouping',
  'expressions/in',
  'expressions/instanceof',
  'expressions/left-shift',
  'expressions/less-than',
  'expressions/less-than-or-equal',
  'expressions/logical-not',
  'expressions/modulus',
  'expressions/multiplication',
  'expressions/new.target',
  'expressions/postfix-decrement',
  'expressions/postfix-increment',
  'expressions/prefix-decrement',
  'expressions/prefix-increment',
  'expressions/property-accessors',
  'expressions/right-shift',
  'expressions/strict-does-not-equals',
  'expressions/strict-equals',
  'expressions/subtraction',
  'expressions/super',
  'expressions/this',
  'expressions/unary-minus',
  'expressions/unary-plus',
  'expressions/unsigned-right-shift',
  'expressions/void',
  'statements/empty',
  'statements/expression',
  'arguments-object',
  'block-scope',
  'computed-property-names',
  'destructuring',
  'function-code',
  'identifier-resolution',
  'rest-parameters',
  'statementList',
  'types',
]

export interface Test262Test {
  /** Path under test/language/, e.g. `statements/for/head-init-expr-check-empty-inc-empty-completion.js`. */
  name: string
  source: string
  /** Harness files it includes besides assert.js and sta.js. */
  includes: string[]
}

interface Frontmatter {
  negative: boolean
  flags: string[]
  features: string[]
  includes: string[]
}

const EXCLUDED_FLAGS = new Set(['noStrict', 'raw', 'module', 'async', 'CanBlockIsFalse', 'CanBlockIsTrue'])
const EXCLUDED_FEATURES =
  /generators|async|top-level-await|explicit-resource|source-phase|import-defer|decorators|Atomics|SharedArrayBuffer|resizable|Temporal|ShadowRealm|iterator-helpers|uint8array|Float16|upsert|fromAsync|sumPrecise|RegExp.escape|promise-try|set-methods|immutable|json-parse/
const EXCLUDED_SOURCE = /\beval\b|\bwith\s*\(|\byield\b|\bawait\b|\$262|\$DONE|_FIXTURE|\bfunction\s*\*|\basync\s/

/** Whether the conformance run takes a test (the same rule chose what to vendor). */
export function isEligible(source: string): boolean {
  const m = frontmatter(source)
  if (m.negative || m.flags.some((f) => EXCLUDED_FLAGS.has(f))) return false
  return !m.features.some((f) => EXCLUDED_FEATURES.test(f)) && !EXCLUDED_SOURCE.test(source)
}

/** Every vendored test, in a stable order. */
export function vendoredTests(): Test262Test[] {
  const root = path.join(SUITE, 'test/language')
  return walk(root)
    .sort()
    .map((file) => {
      const source = fs.readFileSync(file, 'utf8')
      return { name: path.relative(root, file).split(path.sep).join('/'), source, includes: frontmatter(source).includes }
    })
    .filter((t) => isEligible(t.source))
}

/** A harness file's text. */
export function harnessFile(name: string): string {
  return fs.readFileSync(path.join(SUITE, 'harness', name), 'utf8')
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : e.name.endsWith('.js') ? [full] : []
  })
}

/** The YAML frontmatter's fields the selection needs (lists in flow `[a, b]` or block `- a` style). */
export function frontmatter(source: string): Frontmatter {
  const yaml = /\/\*---([\s\S]*?)---\*\//.exec(source)?.[1] ?? ''
  const list = (key: string): string[] => {
    const flow = new RegExp(`^${key}:\\s*\\[([^\\]]*)\\]`, 'm').exec(yaml)
    if (flow)
      return flow[1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    const block = new RegExp(`^${key}:\\s*\\n((?:\\s+-.*\\n?)+)`, 'm').exec(yaml)
    return block
      ? block[1]!
          .split('\n')
          .map((s) => s.replace(/^\s*-\s*/, '').trim())
          .filter(Boolean)
      : []
  }
  return { negative: /^negative:/m.test(yaml), flags: list('flags'), features: list('features'), includes: list('includes') }
}
