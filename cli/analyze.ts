// `vtify analyze`: the analysis model, with the transform's layouts, as a report or as JSON.
// Answered from the cache (the build's: plugin/cache.ts) when no input of the program changed,
// without loading TypeScript.

import { cacheFor } from '../plugin/cache.js'
import { UsageError, optionValue } from './errors.js'

/** What the command prints, and its exit status: what the cache keeps. */
export interface AnalyzeOutput {
  text: string
  status: number
}

/** Prints the analysis to `out`; says on `err` when it came from the cache (the JSON stays as it is). */
export async function runAnalyze(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { target, json, cacheDir } = parseAnalyzeArgs(args)
  const cache = cacheDir === false ? undefined : cacheFor<AnalyzeOutput>(target, cacheDir, { frontEnd: 'analyze', output: json ? 'json' : 'report' })
  const read = cache?.read()
  let output: AnalyzeOutput
  if (read?.kind === 'hit') {
    output = read.body
    err.write('vtify analyze: from the cache (nothing the program is made from changed)\n')
  } else {
    const analyzed = (await import('./analyze-program.js')).analyzeProgram(target, json)
    cache?.write(analyzed.output, analyzed.inputs, [])
    output = analyzed.output
  }
  out.write(output.text)
  return output.status
}

function parseAnalyzeArgs(args: readonly string[]): { target: string; json: boolean; cacheDir: string | false | undefined } {
  const targets: string[] = []
  let json = false
  let cacheDir: string | false | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--json') json = true
    else if (a === '--no-cache') cacheDir = false
    else if (a === '--cache-dir') cacheDir = optionValue('analyze', a, args[++i])
    else if (a.startsWith('-')) throw new UsageError(`analyze: unknown option ${a} (vtify analyze --help lists them)`)
    else targets.push(a)
  }
  if (targets.length !== 1) throw new UsageError('analyze needs exactly one entry file, directory or tsconfig.json')
  return { target: targets[0]!, json, cacheDir }
}
