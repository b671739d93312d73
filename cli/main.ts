// The `vtify` command.

import { InputError } from '../compiler/index.js'
import { runAnalyze } from './analyze.js'
import { runBuild } from './build.js'
import { UsageError } from './errors.js'
import { runTsdk } from './tsdk.js'

const USAGE = `Usage: vtify <command> [options]

Commands:
  analyze <entry-file | dir | tsconfig.json> [--json]
      Find the multistate functions (those that can block a virtual thread), why each one is,
      their state boundaries, and every diagnostic. Exit status 1 when there are errors.
  build <entry-file | dir | tsconfig.json> -o <outdir>
      Compile the program to JavaScript in outdir, every multistate function turned into a
      state machine. Nothing is written when there are errors (exit status 1).
  tsdk [--vscode]
      Print the lib directory of the TypeScript 6 vtify runs on, for the editor plugin (a project
      on TypeScript 7 has no tsserver). --vscode writes it to .vscode/settings.json.
`

/** Runs the command line; returns the exit status. */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'analyze':
        return runAnalyze(rest, out)
      case 'build':
        return runBuild(rest, out, err)
      case 'tsdk':
        return runTsdk(rest, out)
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
    if (e instanceof InputError || e instanceof UsageError) {
      err.write(`vtify: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
