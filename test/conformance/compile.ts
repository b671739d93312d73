// Compiling conformance programs with the real compiler (the code path of `vtify build`: a
// Project, then transformProject), many tests as the modules of one project, since a project per
// test would dominate the run. A module with a diagnostic is REJECTED with its codes; one the
// compiler throws on is a CRASH (the batch is retried a module at a time to find which).

import fs from 'node:fs'
import path from 'node:path'
import { Project, blockingErrors, resolveInput, transformProject } from '../../dist/bundle/compiler.js'

/**
 * The runtime the outputs import: this repository's build (`npm run build`) as Node imports
 * `vtify/runtime`, one module (bundle.mjs says why), since every program runs in a
 * process of its own.
 */
export const RUNTIME = path.resolve(import.meta.dirname, '../../dist/runtime/index.node.js')

export type Compiled = { kind: 'output'; file: string } | { kind: 'rejected'; codes: string[]; message: string } | { kind: 'crash'; message: string }

// The programs are JavaScript (`// @ts-nocheck`); `vtify/runtime` resolves to this repository's
// build wherever the batch is written.
const TSCONFIG = {
  compilerOptions: {
    noEmit: true,
    target: 'esnext',
    module: 'esnext',
    moduleResolution: 'bundler',
    strict: false,
    skipLibCheck: true,
    paths: { 'vtify/runtime': [path.resolve(import.meta.dirname, '../../dist/runtime/index.d.ts')] },
  },
  include: ['*.ts'],
}

/** Compile `programs` (module name → source) in `dir`; outputs go to `dir/out`. */
export function compileBatch(dir: string, programs: ReadonlyMap<string, string>): Map<string, Compiled> {
  fs.mkdirSync(path.join(dir, 'out'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG))
  for (const [name, source] of programs) fs.writeFileSync(path.join(dir, `${name}.ts`), source)
  try {
    return collect(dir, programs, transformProject(new Project(resolveInput(path.join(dir, 'tsconfig.json'))), { runtime: RUNTIME }))
  } catch (error) {
    if (programs.size === 1) return new Map([[[...programs.keys()][0]!, { kind: 'crash', message: describe(error) }]])
    for (const name of programs.keys()) fs.rmSync(path.join(dir, `${name}.ts`))
    const one = [...programs].map(([name, source]) => compileBatch(path.join(dir, name), new Map([[name, source]])))
    return new Map(one.flatMap((m) => [...m]))
  }
}

function collect(dir: string, programs: ReadonlyMap<string, string>, result: ReturnType<typeof transformProject>): Map<string, Compiled> {
  const out = new Map<string, Compiled>()
  for (const name of programs.keys()) {
    const file = `${name}.ts`
    const errors = blockingErrors(result).filter((d) => d.file === file)
    const code = result.outputs.get(file)
    if (errors.length > 0) out.set(name, { kind: 'rejected', codes: [...new Set(errors.map((d) => d.code))], message: errors[0]!.message })
    else if (code === undefined) out.set(name, { kind: 'crash', message: 'no output and no diagnostic' })
    else {
      const target = path.join(dir, 'out', `${name}.mjs`)
      fs.writeFileSync(target, code)
      out.set(name, { kind: 'output', file: target })
    }
  }
  return out
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n') : String(error)
}
