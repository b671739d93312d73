// The `vtify` command. TypeScript is loaded only when a command compiles (analyze or build, when
// the cache cannot answer): --version, --help, a cached analysis and a cached build start without it.

import { createRequire } from 'node:module'
import { isInputError, versions } from '../compiler/node.js'
import { ANALYZE_HELP } from './analyze-help.js'
import { runAnalyze } from './analyze.js'
import { BUILD_HELP } from './build-args.js'
import { runBuild } from './build.js'
import { TSDK_HELP, runTsdk } from './tsdk.js'

const USAGE = `Usage: vtify <command> [options]

Commands:
  analyze <entry-file | dir | tsconfig.json> [--json]
      Find the multistate functions (those that can block a virtual thread), why each one is,
      their state boundaries, and every diagnostic. Exit status 1 when there are errors.
  build <entry-file | dir | tsconfig.json> -o <outdir> [--watch]
      Compile the program to JavaScript in outdir, every multistate function turned into a
      state machine. Nothing is written when there are errors (exit status 1).
  tsdk [--vscode]
      Print the lib directory of the TypeScript 6 vtify runs on, for the editor plugin (a project
      on TypeScript 7 has no tsserver). --vscode writes it to .vscode/settings.json.

Options:
  -v, --version   print vtify's version (and TypeScript's)
  -h, --help      print this help; vtify <command> --help prints the command's
`

const HELP: Readonly<Record<string, string>> = { analyze: ANALYZE_HELP, build: BUILD_HELP, tsdk: TSDK_HELP }

/** Runs the command line; returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command !== undefined && HELP[command] !== undefined && rest.some((a) => a === '-h' || a === '--help')) {
      out.write(HELP[command])
      return 0
    }
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest, out, err)
      case 'build':
        return await runBuild(rest, out, err)
      case 'tsdk':
        return runTsdk(rest, out)
      case 'help':
        out.write(HELP[rest[0] ?? ''] ?? USAGE)
        return 0
      case '-v':
      case '--version': {
        const { vtify, typescript } = versions()
        out.write(`vtify ${vtify} (TypeScript ${typescript})\n`)
        return 0
      }
      case undefined:
      case '-h':
      case '--help':
        out.write(USAGE)
        return command === undefined ? 2 : 0
      default:
        err.write(`vtify: unknown command '${command}'\n\n${USAGE}`)
        return 2
    }
  } catch (e) {
    if (isInputError(e) || (e instanceof Error && e.name === 'UsageError')) {
      err.write(`vtify: ${e.message}\n`)
      return 2
    }
    const missing = missingOptionalDependency(e)
    if (missing === undefined) throw e
    err.write(
      `vtify: the compiler needs ${missing}, an optional dependency of vtify that is not installed (installed with --omit=optional?): install vtify with its optional dependencies to compile; the runtime alone needs none\n`,
    )
    return 2
  }
}

/**
 * The package a runtime-only install left out (package.json's optionalDependencies) that loading
 * the compiler did not find, if that is what `error` is.
 */
function missingOptionalDependency(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined
  const name = /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message)?.[1]
  const optional = (createRequire(import.meta.url)('../../package.json') as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {}
  return name !== undefined && Object.hasOwn(optional, name) ? name : undefined
}
