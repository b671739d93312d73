// The continuation layout in the analysis model: principle 1 (a variable not live across a
// boundary stays a JS local) on the paper's Figure 2, principle 2 (variables never live together
// share a slot, across the functions of a thread) on Figure 7, and the states and transitions.
// Whether the shared slots keep every program's behaviour is the differential suite's job.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  Project,
  layoutsOf as layoutsOfFiles,
  moduleLayouts,
  resolveInput,
  transformDiagnosticsOf,
  transformProject,
  type FunctionLayout,
} from '../../compiler/index.js'
import { HEADER_FIELDS } from '../../compiler/transform/describe-layout.js'
import { Continuation } from '../../runtime/protocol.js'

function layoutsOf(source: string): { layouts: FunctionLayout[]; code: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-layout-'))
  fs.writeFileSync(path.join(dir, 'main.ts'), source)
  const result = transformProject(new Project(resolveInput(dir)))
  expect(result.diagnostics).toEqual([])
  return { layouts: result.layouts, code: result.outputs.get('main.ts')! }
}

const byName = (layouts: FunctionLayout[], name: string): FunctionLayout => layouts.find((l) => l.name === name)!
const stored = (l: FunctionLayout): string[] => l.variables.filter((v) => v.slot).map((v) => v.name)
const locals = (l: FunctionLayout): string[] => l.variables.filter((v) => !v.slot).map((v) => v.name)

const FIGURE_2 = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/paper-figure2/main.ts'), 'utf8')

const FIGURE_7 = `import { VT_read, VT_write } from 'vtify/runtime'
import type { Socket } from 'node:net'
function readByte(sock: Socket, c: Uint8Array): number {
  let waits = 0
  let n = VT_read(sock, c, 1)
  while (n < 0) { waits++; n = VT_read(sock, c, 1) }
  return waits >= 0 ? n : 0
}
function writeByte(sock: Socket, c: Uint8Array): number {
  let written = 0
  while (written < 1) written += VT_write(sock, c, 1)
  return written
}
export function echoThread(sock: Socket): number {
  const c = new Uint8Array(1)
  while (readByte(sock, c) === 1) writeByte(sock, c)
  return 0
}
`

describe('principle 1: only variables live across a state boundary are stored (Figure 2)', () => {
  const { layouts, code } = layoutsOf(FIGURE_2)
  const f1 = byName(layouts, 'function1')

  it('stores arg1 and local1, keeps local2 a JS local', () => {
    expect(stored(f1)).toEqual(['arg1', 'local1'])
    expect(locals(f1)).toContain('local2')
  })

  it('says which variables are live at each boundary', () => {
    expect(f1.liveAt.map((b) => [b.line, b.live.filter((n) => !n.startsWith('#'))])).toEqual([
      [10, ['arg1']],
      [11, ['local1']],
    ])
  })

  it('declares local2 in the state machine, not in the continuation class', () => {
    expect(code).toMatch(/let [^;]*function1\$\w+\$local2/)
    expect(code).not.toMatch(/this\.function1\$\w+\$local2/)
  })

  it('has the states and transitions of two boundaries in sequence', () => {
    expect(f1.states.map((s) => [s.id, s.resumes])).toEqual([
      [0, ''],
      [1, 'function2'],
      [2, 'function2'],
    ])
    expect(f1.transitions).toEqual([
      { from: 0, to: 1, kind: 'boundary' },
      { from: 1, to: 2, kind: 'boundary' },
    ])
  })

  it("merges function2 into function1's continuation (CPS): depth 1, its x in a slot", () => {
    expect(f1.cpsCalls).toEqual([byName(layouts, 'function2').id])
    expect(f1.continuation.depth).toBe(1)
    expect(f1.continuation.slots.flatMap((s) => s.holds)).toEqual(expect.arrayContaining(['function1.arg1', 'function1.local1', 'function2.x']))
  })
})

describe('principle 2: variables never live together share slots (Figure 7)', () => {
  const { layouts } = layoutsOf(FIGURE_7)
  const echo = byName(layouts, 'echoThread')
  const slotsOf = (fn: string): Set<string> => new Set(byName(layouts, fn).variables.flatMap((v) => (v.slot ? [v.slot] : [])))

  it('the read and the write continuations share space', () => {
    const shared = [...slotsOf('readByte')].filter((s) => slotsOf('writeByte').has(s))
    expect(shared.length).toBeGreaterThanOrEqual(Math.min(slotsOf('readByte').size, slotsOf('writeByte').size))
  })

  it("echoThread's own variables live across the calls keep slots of their own", () => {
    const own = slotsOf('echoThread')
    expect(stored(echo)).toEqual(expect.arrayContaining(['sock', 'c']))
    for (const callee of ['readByte', 'writeByte']) expect([...slotsOf(callee)].filter((s) => own.has(s))).toEqual([])
  })

  it("the thread's continuation is smaller than the sum of the functions' variables", () => {
    const total = ['echoThread', 'readByte', 'writeByte'].reduce((n, f) => n + stored(byName(layouts, f)).length, 0)
    expect(echo.continuation.slots.length).toBeLessThan(total)
    expect(echo.continuation.bytes).toBe(24 + 8 * (HEADER_FIELDS + 1 + echo.continuation.slots.length) + 32 + 16 + 8 * (2 * echo.continuation.depth + 1))
  })
})

describe('the byte estimate', () => {
  it("counts the runtime continuation's own fields, frames only below a multistate call", () => {
    expect(Object.keys(new Continuation(() => 0, 0))).toHaveLength(HEADER_FIELDS)
    expect(Object.keys(new Continuation(() => 0, 1))).toHaveLength(HEADER_FIELDS + 1)
  })
})

describe('loops and branches', () => {
  const { layouts } = layoutsOf(`import { VT_yield } from 'vtify/runtime'
export function f(n: number): number {
  let sum = 0
  for (let i = 0; i < n; i++) {
    const square = i * i
    sum += square
    VT_yield()
  }
  const after = sum * 2
  return after
}
`)
  const f = byName(layouts, 'f')

  it('a variable read in the next iteration is stored; one used before the boundary only is not', () => {
    expect(stored(f)).toEqual(expect.arrayContaining(['n', 'sum', 'i']))
    expect(locals(f)).toEqual(expect.arrayContaining(['square', 'after']))
  })

  it('has a jump back to the loop head', () => {
    const head = f.states.find((s) => s.id > 0 && f.transitions.some((t) => t.to === s.id && t.from > s.id && t.kind === 'jump'))
    expect(head).toBeDefined()
  })
})

describe('a variable the loop condition writes first', () => {
  const { layouts } = layoutsOf(`import { VT_read, VT_write } from 'vtify/runtime'
export function echo(sock: object, buf: Uint8Array): number {
  let n: number
  let last = 0
  while ((n = VT_read(sock, buf)) > 0) {
    last = n
    VT_write(sock, buf, n)
  }
  return last
}
`)
  const echo = byName(layouts, 'echo')

  it('is not carried around the loop: a JS local when the body reads it before its boundaries only', () => {
    expect(locals(echo)).toContain('n')
    expect(stored(echo)).toEqual(expect.arrayContaining(['sock', 'buf', 'last']))
  })

  it('is stored when the body reads it after a boundary', () => {
    const { layouts: after } = layoutsOf(`import { VT_read, VT_write } from 'vtify/runtime'
export function echo(sock: object, buf: Uint8Array): number {
  let n: number
  let last = 0
  while ((n = VT_read(sock, buf)) > 0) {
    VT_write(sock, buf, n)
    last = n
  }
  return last
}
`)
    expect(stored(byName(after, 'echo'))).toContain('n')
  })
})

describe('a compound assignment across a boundary (`total += VT_read(…)`)', () => {
  const source = (rightSide: string): string => `import { VT_read } from 'vtify/runtime'
export function readAll(sock: object, buf: Uint8Array): number {
  let total = 0
  while (total < 100) total += ${rightSide}
  return total
}
`
  const temporaries = (code: string): FunctionLayout['variables'] =>
    byName(layoutsOf(code).layouts, 'readAll').variables.filter((v) => v.slot && v.name.startsWith('#'))

  it('keeps no temporary when nothing but the statement can write the target: its old value is read after the call', () => {
    expect(temporaries(source('VT_read(sock, buf)'))).toEqual([])
  })

  it('keeps none when the right side reads the target', () => {
    expect(temporaries(source('VT_read(sock, buf.subarray(total))'))).toEqual([])
  })

  it("saves the target's old value when the right side assigns it", () => {
    expect(temporaries(source('VT_read(sock, buf.subarray((total = 0)))'))).toHaveLength(1)
  })

  it('saves it when a closure shares the target (it may write it while the thread waits)', () => {
    const shared = source('VT_read(sock, buf)').replace('let total = 0', 'let total = 0\n  const reset = () => (total = 0)\n  void reset')
    expect(temporaries(shared)).toHaveLength(1)
  })
})

describe('the callee, `this` and arguments a boundary call takes', () => {
  const { layouts } = layoutsOf(`import { VT_yield } from 'vtify/runtime'
class Stepper {
  step(n: number): number {
    VT_yield()
    return n + 1
  }
}
function twice(n: number): number {
  VT_yield()
  return n * 2
}
export function run(steppers: Stepper[], n: number): number {
  const first = steppers[0]!.step(n + 1)
  return steppers[1]!.step(twice(first))
}
`)
  const run = byName(layouts, 'run')

  it('stay JS locals when the call that takes them is the only boundary they are live across', () => {
    expect(locals(run).filter((v) => v.startsWith('#')).length).toBeGreaterThanOrEqual(3)
  })

  it("are stored when a boundary comes between them and the call (twice() before step's call)", () => {
    // steppers[1] and its step are read before twice(first) runs, and taken by the call after it
    expect(stored(run).filter((v) => v.startsWith('#'))).toHaveLength(2)
  })
})

describe('a module with recursion among multistate functions (VT1001)', () => {
  // The editor asks for the layouts of the file open in it, errors or not (layoutsOf); the slot
  // colouring and the continuation depth follow calls, and must not follow a cycle for ever.
  it('still gets layouts, for the editor, and its module is left out of the transform', () => {
    const project = new Project(resolveInput(path.resolve(import.meta.dirname, '../fixtures/recursion')))
    const model = project.analyze()
    expect(model.diagnostics.map((d) => d.code)).toEqual(['VT1001', 'VT1001'])
    const layouts = layoutsOfFiles(project.getProgram(), model, ['main.ts'])
    expect(layouts.map((l) => l.name)).toEqual(['countdown', 'fact'])
    expect(transformProject(project).outputs.has('main.ts')).toBe(false)
  })
})

describe('slots of numbers start as 0 (number-fields.ts)', () => {
  const { layouts, code } = layoutsOf(`import { VT_yield } from 'vtify/runtime'
let shared = 0
export function f(n: number, label: string, maybe?: number): string {
  let x = 0.5
  let count: number
  count = 0
  var v = 1.5
  const s = 'a'
  let pair = [n, 1] as const
  const [first] = pair
  const { y } = { y: 2.5 }
  let ticks = 0
  const bump = (): number => ++ticks
  for (let i = 0; i < n; i++) {
    VT_yield()
    x = x * 0.5 + first + y + bump()
    count += i
  }
  shared += v
  return label + s + x + count + maybe + pair.length + ticks
}
`)
  const slotsOf = (names: string[]): string[] =>
    byName(layouts, 'f')
      .variables.filter((v) => names.includes(v.name) && v.slot)
      .map((v) => v.slot!)
  const initial = (slot: string): string | undefined => code.match(new RegExp(`this\\.${slot.replace('$', '\\$')} = ([^;]+);`))?.[1]

  it('initialises a slot whose variables are numbers written by their declaration, parameter or initialiser, with 0', () => {
    const numbers = slotsOf(['x', 'i', 'first', 'y'])
    expect(numbers).toHaveLength(4)
    for (const slot of numbers) expect(initial(slot), slot).toBe('0')
  })

  it('leaves undefined where a read could come first, or the value is not a number: no initialiser, var, a cell, optional, other types', () => {
    // count has no initialiser; v is a var; ticks is a cell (a closure writes it); maybe may be undefined; s, pair, label are not numbers
    const others = slotsOf(['count', 'v', 'ticks', 's', 'pair'])
    expect(others.length).toBeGreaterThanOrEqual(4)
    for (const slot of others) expect(initial(slot), slot).toBe('undefined')
    // arguments go straight into their slots
    for (const slot of slotsOf(['n', 'label', 'maybe'])) expect(initial(slot), slot).toMatch(/^args\[\d\]$/)
  })
})

describe('the editor: a module transformed once per Program (moduleLayouts)', () => {
  it('gives a file its diagnostics and its layouts, with those of the module it calls, from one transform of each', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-layout-'))
    try {
      fs.writeFileSync(
        path.join(dir, 'io.ts'),
        "import { VT_yield } from 'vtify/runtime'\nexport function step(n: number): number {\n  VT_yield()\n  return n\n}\n",
      )
      fs.writeFileSync(path.join(dir, 'main.ts'), "import { step } from './io.js'\nexport function run(): number {\n  return step(1) + step(2)\n}\n")
      const project = new Project(resolveInput(dir))
      const model = project.analyze()
      const program = project.getProgram()
      const transformed: string[] = []
      const made = moduleLayouts(program, model)
      const modules = (file: string): ReturnType<typeof made> => (transformed.push(file), made(file))
      expect(transformDiagnosticsOf(program, model, 'main.ts', modules)).toEqual([])
      expect(layoutsOfFiles(program, model, ['main.ts'], modules).map((l) => l.name)).toEqual(['run', 'step'])
      expect(layoutsOfFiles(program, model, ['io.ts'], modules).map((l) => l.name)).toEqual(['step'])
      // Asked for four times; each module's transform is made once (made memoises them).
      expect(transformed).toEqual(['main.ts', 'main.ts', 'io.ts', 'io.ts'])
      expect(made('main.ts')).toBe(made('main.ts'))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
