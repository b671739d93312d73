// The packages the real-packages test runs: installed JavaScript nobody wrote for vtify, pinned by
// the lockfile. Each is copied with its imports of the others made relative, and exercised by
// the module of the same name in exercises/ (its `main()` returns what the package computed).

export interface RealPackage {
  name: string
  /** Module name in the test's copy → path under node_modules; a path ending in `/` copies the folder's modules. */
  files: Record<string, string>
  /** Specifiers to rewrite in every module: [as shipped, as copied]. */
  rewrite: [string, string][]
  /** Least multistate functions left after pruning: the test must not become one of plain code. */
  minMultistate: number
}

const J = '@jridgewell/'

export const PACKAGES: RealPackage[] = [
  {
    name: 'magic-string',
    files: { 'magic-string.js': 'magic-string/dist/magic-string.es.mjs', 'codec.js': `${J}sourcemap-codec/dist/sourcemap-codec.mjs` },
    rewrite: [["from '@jridgewell/sourcemap-codec'", "from './codec.js'"]],
    minMultistate: 30,
  },
  {
    name: 'jridgewell',
    files: {
      'codec.js': `${J}sourcemap-codec/dist/sourcemap-codec.mjs`,
      'resolve-uri.js': `${J}resolve-uri/dist/resolve-uri.mjs`,
      'trace-mapping.js': `${J}trace-mapping/dist/trace-mapping.mjs`,
      'gen-mapping.js': `${J}gen-mapping/dist/gen-mapping.mjs`,
      'remapping.js': `${J}remapping/dist/remapping.mjs`,
    },
    rewrite: [
      ['"@jridgewell/sourcemap-codec"', '"./codec.js"'],
      ['"@jridgewell/resolve-uri"', '"./resolve-uri.js"'],
      ['"@jridgewell/trace-mapping"', '"./trace-mapping.js"'],
      ['"@jridgewell/gen-mapping"', '"./gen-mapping.js"'],
    ],
    minMultistate: 30,
  },
  {
    name: 'lz-string',
    // Shipped as a script that assigns a global; the copy exports it.
    files: { 'lz-string.js': 'lz-string/libs/lz-string.js' },
    rewrite: [['var LZString = (function() {', 'export var LZString = (function() {']],
    minMultistate: 10,
  },
  { name: 'pathe', files: { 'pathe/': 'pathe/dist/' }, rewrite: [], minMultistate: 10 },
  { name: 'pure-rand', files: { 'pure-rand/': 'pure-rand/lib/esm/' }, rewrite: [], minMultistate: 30 },
  {
    name: 'lezer',
    files: {
      'common.js': '@lezer/common/dist/index.js',
      'lr.js': '@lezer/lr/dist/index.js',
      'highlight.js': '@lezer/highlight/dist/index.js',
      'javascript.js': '@lezer/javascript/dist/index.js',
    },
    rewrite: [
      ["from '@lezer/common'", "from './common.js'"],
      ["from '@lezer/lr'", "from './lr.js'"],
      ["from '@lezer/highlight'", "from './highlight.js'"],
    ],
    minMultistate: 20,
  },
  {
    name: 'minimatch',
    files: {
      'minimatch/': 'minimatch/dist/esm/',
      'brace-expansion.js': 'brace-expansion/dist/esm/index.js',
      'balanced-match.js': 'balanced-match/dist/esm/index.js',
    },
    rewrite: [
      ["from 'brace-expansion'", "from '../brace-expansion.js'"],
      ["from 'balanced-match'", "from './balanced-match.js'"],
    ],
    minMultistate: 10,
  },
  {
    name: 'vitest-utils',
    files: {
      'pretty-format.js': '@vitest/pretty-format/dist/index.js',
      'tinyrainbow.js': 'tinyrainbow/dist/index.js',
      'diff.js': '@vitest/utils/dist/diff.js',
      'display.js': '@vitest/utils/dist/display.js',
      'helpers.js': '@vitest/utils/dist/helpers.js',
      'constants.js': '@vitest/utils/dist/constants.js',
    },
    rewrite: [
      ["from '@vitest/pretty-format'", "from './pretty-format.js'"],
      ["from 'tinyrainbow'", "from './tinyrainbow.js'"],
    ],
    minMultistate: 20,
  },
  {
    name: 'acorn-esquery',
    files: { 'acorn.js': 'acorn/dist/acorn.mjs', 'esquery.js': 'esquery/dist/esquery.esm.js' },
    rewrite: [],
    minMultistate: 10,
  },
  {
    name: 'codemirror-state',
    files: { 'state.js': '@codemirror/state/dist/index.js', 'cluster.js': '@marijn/find-cluster-break/src/index.js' },
    rewrite: [["from '@marijn/find-cluster-break'", "from './cluster.js'"]],
    minMultistate: 30,
  },
  { name: 'punycode', files: { 'punycode.js': 'punycode/punycode.es6.js' }, rewrite: [], minMultistate: 15 },
  { name: 'flatted', files: { 'flatted.js': 'flatted/esm/index.js' }, rewrite: [], minMultistate: 5 },
  {
    name: 'fast-check',
    files: {
      'fast-check.js': 'fast-check/lib/fast-check.js',
      'rolldown-runtime-D7D4PA-g.js': 'fast-check/lib/rolldown-runtime-D7D4PA-g.js',
      'pure-rand/': 'pure-rand/lib/esm/',
    },
    rewrite: [
      ['"pure-rand/generator/congruential32"', '"./pure-rand/generator/congruential32.js"'],
      ['"pure-rand/generator/mersenne"', '"./pure-rand/generator/mersenne.js"'],
      ['"pure-rand/generator/xorshift128plus"', '"./pure-rand/generator/xorshift128plus.js"'],
      ['"pure-rand/generator/xoroshiro128plus"', '"./pure-rand/generator/xoroshiro128plus.js"'],
      ['"pure-rand/utils/skipN"', '"./pure-rand/utils/skipN.js"'],
      ['"pure-rand/distribution/uniformBigInt"', '"./pure-rand/distribution/uniformBigInt.js"'],
      ['"pure-rand/distribution/uniformInt"', '"./pure-rand/distribution/uniformInt.js"'],
    ],
    minMultistate: 100,
  },
]
