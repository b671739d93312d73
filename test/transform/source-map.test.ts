// Source maps of the transform: generated positions inside and around state machines map back to
// the original TypeScript, and a compiled program run with `node --enable-source-maps` reports
// its stack traces (and the runtime its logical stacks) at the original file:line. Expected
// positions are found in the source text, never taken from the output.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main as cli } from '../../cli/main.js'
import { Project, resolveInput, transformProgram, type TransformResult } from '../../compiler/index.js'

const SOURCE = `import { VT_sleep, VT_yield } from 'vtify/runtime'

export function before(n: number): number {
  return n * 2
}

function describe(n: number): string {
  return \`n=\${n}\`
}

export function work(n: number, log: string[]): number {
  const a = before(n)
  VT_yield()
  log.push(describe(a))
  const check = (limit: number): void => {
    if (a > limit) {
      throw new Error('after boundary')
    }
  }
  if (a > 100) {
    log.push('big')
    throw new Error('plain statement')
  }
  check(5)
  return a
}

export function main(log: string[]): number {
  return work(3, log)
}

export function sleeper(): void {
  VT_yield()
  VT_sleep(30)
}

export function after(n: number): number {
  return n + 1
}

export function loop(): number {
  let i = 0
  for (; i < 3; i = next(i)) {
    VT_yield()
  }
  return i
}

function next(i: number): number {
  if (i === 1) throw new Error('in the update')
  return i + 1
}
`

const CORPUS = path.resolve(import.meta.dirname, 'corpus')

interface Position {
  /** 1-based, as in stack traces and source maps' originalPositionFor. */
  line: number
  /** 0-based. */
  column: number
}

/** Where `snippet` (occurring once) starts in `text`. */
function find(text: string, snippet: string): Position {
  const at = text.indexOf(snippet)
  if (at < 0 || text.indexOf(snippet, at + 1) >= 0) throw new Error(`'${snippet}' is not in the text exactly once`)
  const lines = text.slice(0, at).split('\n')
  return { line: lines.length, column: lines.at(-1)!.length }
}

/** Where the call `name(…)` starts in `text` (not the declaration `function name(`). */
function findCall(text: string, name: string): Position {
  const calls = [...text.matchAll(new RegExp(`(?<!function )\\b${name}\\(`, 'g'))]
  if (calls.length !== 1) throw new Error(`${calls.length} calls of ${name} in the text`)
  return find(text.slice(0, calls[0]!.index) + '\0', '\0')
}

function compile(dir: string): TransformResult {
  const project = new Project(resolveInput(dir))
  return transformProgram(project.getProgram(), project.analyze())
}

describe('source map of a module', () => {
  let dir: string
  let code: string
  let map: TraceMap
  const original = (at: Position): Position => {
    const p = originalPositionFor(map, at)
    return { line: p.line ?? -1, column: p.column ?? -1 }
  }
  /** The original position of the generated code that starts with `snippet`. */
  const traced = (snippet: string): Position => original(find(code, snippet))

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-sourcemap-'))
    fs.writeFileSync(path.join(dir, 'main.ts'), SOURCE)
    const result = compile(dir)
    expect(result.diagnostics).toEqual([])
    code = result.outputs.get('main.ts')!
    map = new TraceMap(result.maps.get('main.ts')!)
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('names the original file and holds its text', () => {
    expect(map.sources).toEqual(['main.ts'])
    expect(map.sourcesContent).toEqual([SOURCE])
  })

  it('maps a throw after a state boundary to its line and column', () => {
    expect(traced("throw new Error('plain statement')")).toEqual(find(SOURCE, "throw new Error('plain statement')"))
    expect(traced("throw new Error('after boundary')")).toEqual(find(SOURCE, "throw new Error('after boundary')"))
  })

  it('maps calls in the state after a boundary', () => {
    expect(original(findCall(code, 'describe'))).toEqual(findCall(SOURCE, 'describe'))
    // `check` is a stored variable, called as `(0, …check)(5)` (no `this`): a stack trace points
    // at its arguments, which map to the call.
    const args = find(code, 'check)(5)')
    expect(original({ line: args.line, column: args.column + 'check)'.length })).toEqual(find(SOURCE, 'check(5)'))
    expect(traced("push('big')")).toEqual(find(SOURCE, "push('big')"))
  })

  it('maps the boundaries and the code before the first one', () => {
    expect(original(findCall(code, 'before'))).toEqual(findCall(SOURCE, 'before'))
    const at = (text: string, call: RegExp): Position[] => [...text.matchAll(call)].map((m) => find(text.slice(0, m.index) + '\0', '\0'))
    const generated = at(code, /return vt\$YIELD;/g).map((p) => original(p).line)
    expect(generated).toEqual(at(SOURCE, /VT_yield\(\)/g).map((p) => p.line))
    expect(traced('vt$kSleep(k').line).toBe(find(SOURCE, 'VT_sleep(30)').line)
  })

  it('maps plain code before and after the multistate functions', () => {
    expect(traced('return n * 2')).toEqual(find(SOURCE, 'return n * 2'))
    expect(traced('return `n=${n}`')).toEqual(find(SOURCE, 'return `n=${n}`'))
    expect(traced('return n + 1')).toEqual(find(SOURCE, 'return n + 1'))
  })

  it('leaves the generated declarations unmapped', () => {
    const line = find(code, 'class work$K').line
    expect(originalPositionFor(map, { line, column: 0 }).line).toBeNull()
  })
})

describe('source maps of the corpus', () => {
  let result: TransformResult
  beforeAll(() => {
    result = compile(CORPUS)
    expect(result.diagnostics).toEqual([])
  }, 120_000)

  it('leave no marker characters in the output', () => {
    for (const [file, code] of result.outputs) expect(code.includes('\u0002') || code.includes('\u0003'), file).toBe(false)
  })

  it('map every string literal written once in a module to the line that holds it', () => {
    let checked = 0
    for (const [file, code] of result.outputs) {
      const source = fs.readFileSync(path.join(CORPUS, file), 'utf8')
      const map = new TraceMap(result.maps.get(file)!)
      for (const m of code.matchAll(/'[^'\n\\]*'/g)) {
        const literal = m[0]
        // Once in the source and once in the output: not in generated code (MultistateInfo names a
        // method ['m']). The runtime's import is generated (the source's own is erased).
        if (source.split(literal).length !== 2 || code.split(literal).length !== 2 || literal === "'vtify/runtime'") continue
        const at = find(code.slice(0, m.index) + '\0', '\0')
        expect(originalPositionFor(map, at).line, `${file}: ${literal}`).toBe(find(source, literal).line)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})

describe('a compiled program under node --enable-source-maps', () => {
  // Inside the package (not in node_modules) so that 'vtify/runtime' resolves to dist/runtime.
  const out = path.resolve(import.meta.dirname, `.sourcemap-${process.pid}`)
  let src: string
  let printed: { stdout: string; stderr: string }

  beforeAll(async () => {
    src = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-sourcemap-src-'))
    fs.writeFileSync(path.join(src, 'main.ts'), SOURCE)
    const sink = { write: () => true } as unknown as NodeJS.WritableStream
    expect(await cli(['build', src, '-o', out], sink, sink)).toBe(0)
    const script = [
      `import { VT_dump, VT_run, VT_spawn } from 'vtify/runtime'`,
      `import { loop, main, sleeper, work } from './main.js'`,
      `VT_spawn(sleeper)`,
      `VT_spawn(work, 4, [])`,
      `await new Promise((r) => setTimeout(r, 5))`,
      `console.log(VT_dump())`,
      `await VT_run(main, []).catch((e) => console.log(e.stack))`,
      `await VT_run(loop).catch((e) => console.log(e.stack))`,
    ].join('\n')
    fs.writeFileSync(path.join(out, 'run.mjs'), script)
    const child = spawnSync(process.execPath, ['--enable-source-maps', path.join(out, 'run.mjs')], { encoding: 'utf8', timeout: 10_000 })
    printed = { stdout: child.stdout, stderr: child.stderr }
  })
  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true })
    fs.rmSync(src, { recursive: true, force: true })
  })

  it('prints the stack of an error thrown after a boundary at the original lines', () => {
    const source = path.join(src, 'main.ts')
    // V8 places a new Error at its `new`.
    const thrown = find(SOURCE, "new Error('after boundary')")
    const call = find(SOURCE, 'check(5)')
    expect(printed.stdout).toContain(`${source}:${thrown.line}:${thrown.column + 1}`)
    expect(printed.stdout).toContain(`${source}:${call.line}:${call.column + 1}`)
  })

  it('prints logical stacks at the lines of the boundaries', () => {
    const resumed = find(SOURCE, 'VT_yield()\n  log').line
    const called = find(SOURCE, 'work(3, log)').line
    expect(printed.stdout).toContain(`logical stack of thread #3 main:\n    at work (main.ts:${resumed})\n    at main (main.ts:${called})`)
    expect(printed.stdout).toMatch(new RegExp(`thread #1 sleeper: waiting in VT_sleep\\n {4}at sleeper \\(main.ts:${find(SOURCE, 'VT_sleep(30)').line}\\)`))
  })

  it("prints the line of a loop's update, which the state of its boundary falls into", () => {
    // the state after VT_yield() falls into the update's: a state of another line stores its number (compiler/transform/emit.ts)
    expect(printed.stdout).toMatch(
      new RegExp(`Error: in the update[^]*logical stack of thread #\\d+ loop:\\n {4}at loop \\(main.ts:${find(SOURCE, 'for (; i < 3').line}\\)`),
    )
  })

  it('reports an unjoined error with both stacks at the original lines', () => {
    const thrown = find(SOURCE, "new Error('after boundary')")
    expect(printed.stderr).toContain('vtify: thread #2 work ended with an error that no thread joined:')
    expect(printed.stderr).toContain(`${path.join(src, 'main.ts')}:${thrown.line}:${thrown.column + 1}`)
    expect(printed.stderr).toContain(`logical stack of thread #2 work:\n    at work (main.ts:${find(SOURCE, 'VT_yield()\n  log').line})`)
  })
})
