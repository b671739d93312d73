// `vtify build`'s command line.

import path from 'node:path'
import { UsageError, optionValue } from './errors.js'

export interface BuildArgs {
  target: string
  outDir: string
  watch: boolean
  /** The cache directory; undefined: node_modules/.cache/vtify above the project; false: no cache. */
  cacheDir: string | false | undefined
}

export const BUILD_HELP = `Usage: vtify build <entry-file | dir | tsconfig.json> -o <outdir> [options]

Compile the program to JavaScript in outdir: every module as a .js file with its source map
(.js.map, to your TypeScript), every multistate function turned into a state machine. Nothing
is written when there are errors (exit status 1).

Options:
  -o, --out-dir <dir>   where to write the JavaScript (required)
  -w, --watch           keep running: rebuild when a file of the program changes, rewriting
                        only the modules whose output changed (Ctrl-C to stop)
  --cache-dir <dir>     keep the build cache there (default: node_modules/.cache/vtify of the
                        nearest directory above the project that has a node_modules)
  --no-cache            neither read nor write the cache
  -h, --help            show this help
`

export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const targets: string[] = []
  let outDir: string | undefined
  let watch = false
  let cacheDir: string | false | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-o' || a === '--out-dir') outDir = optionValue('build', a, args[++i])
    else if (a === '-w' || a === '--watch') watch = true
    else if (a === '--cache-dir') cacheDir = optionValue('build', a, args[++i])
    else if (a === '--no-cache') cacheDir = false
    else if (a.startsWith('-')) throw new UsageError(`build: unknown option ${a} (vtify build --help lists them)`)
    else targets.push(a)
  }
  if (targets.length !== 1) throw new UsageError('build needs exactly one entry file, directory or tsconfig.json')
  if (outDir === undefined) throw new UsageError('build needs an output directory: -o <outdir>')
  return { target: targets[0]!, outDir: path.resolve(outDir), watch, cacheDir }
}
