// Function values flow through parameters, variables, returns, properties, arrays and destructuring.

import { describe, expect, it } from 'vitest'
import { formatChain } from '../../compiler/analyze/names.js'
import { analyzeFixture, reasonOf, summarize } from './summary.js'

describe('function values', () => {
  it('serve(handler) is multistate because echoThread flows into handler; serve2 stays single-state', () => {
    const model = analyzeFixture('server-shape')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#echoThread', 'main.ts#main', 'main.ts#serve'],
      boundaries: {
        'main.ts#echoThread': ['VT_read@5', 'VT_write@5'],
        'main.ts#serve': ['handler@10'],
        'main.ts#main': ['serve@22'],
      },
      diagnostics: [],
    })
    expect(reasonOf(model, 'main.ts', 'serve')).toBe('serve → echoThread via handler (main.ts:10) → VT_read (main.ts:5)')
    const serve2 = model.functions.find((f) => f.name === 'serve2')!
    expect(serve2.multistate).toBe(false)
  })

  it('returned functions, properties, arrays, and destructured parameters', () => {
    const model = analyzeFixture('function-values')
    expect(summarize(model).multistate).toEqual([
      'main.ts#blocking',
      'main.ts#callsExpando',
      'main.ts#callsProperty',
      'main.ts#callsReturned',
      'main.ts#check.throws',
      'main.ts#loopsOverArray',
      'main.ts#passesOptions',
      'main.ts#withOptions',
    ])
    expect(reasonOf(model, 'main.ts', 'callsReturned')).toBe('callsReturned → blocking via f (main.ts:16) → VT_yield (main.ts:4)')
    // `check.throws = function …` declares a property of the function check (an expando).
    expect(reasonOf(model, 'main.ts', 'callsExpando')).toBe('callsExpando → check.throws (main.ts:63) → blocking via f (main.ts:56) → VT_yield (main.ts:4)')
    expect(model.functions.find((f) => f.name === 'check')?.multistate).toBe(false)
    expect(reasonOf(model, 'main.ts', 'withOptions')).toBe('withOptions → blocking via onData (main.ts:44) → VT_yield (main.ts:4)')
    for (const name of ['quick', 'factory', 'setsProperty', 'callsQuickOnly']) {
      expect(model.functions.find((f) => f.name === name)?.multistate, name).toBe(false)
    }
  })

  it('calls whose targets cannot be bounded are recorded as dynamic', () => {
    const model = analyzeFixture('dynamic')
    expect(model.calls.filter((c) => c.dynamic).map((c) => `${c.callee}@${c.line}`)).toEqual(['f@9', 'g@13'])
    expect(summarize(model).multistate).toEqual(['main.ts#stepper'])
  })

  it('functions passed through `new`, kept in containers, or called by a literal key are traced (docs/semantics.md, "Calls through values")', () => {
    const model = analyzeFixture('escaped-values')
    expect(summarize(model)).toEqual({
      multistate: [
        'main.ts#Greeter.greet',
        'main.ts#Server.serve',
        'main.ts#blocking',
        'main.ts#byKey',
        'main.ts#callsFromMap',
        'main.ts#handlers.b',
        'main.ts#pushes',
        'main.ts#viaConstructor',
        'main.ts#viaRecord',
      ],
      boundaries: {
        'main.ts#blocking': ['VT_yield@7'],
        'main.ts#Server.serve': ['this.handler@14'],
        'main.ts#viaConstructor': ['new Server(blocking).serve@19'],
        'main.ts#callsFromMap': ["m.get('b')!@29"],
        'main.ts#pushes': ['list[0]!@39'],
        'main.ts#Greeter.greet': ['VT_yield@49'],
        'main.ts#byKey': ['g[key]@56'],
        'main.ts#viaRecord': ['ops[key]!@63'],
        'main.ts#handlers.b': ['VT_yield@75'],
      },
      // Map.set, Array.push and a record keep `blocking` without calling it (Object.keys(ops) does
      // not call it either): no VT1002.
      diagnostics: [],
    })
    // The Maps of other shapes (other parameters; other result) and the `any` stay dynamic: the
    // runtime checks them. handlers.b's parameter is unannotated: its shape is its Record's, so it
    // matches neither; and hasKey's Object.prototype.hasOwnProperty.call is library code.
    expect(model.calls.filter((c) => c.dynamic).map((c) => `${c.callee}@${c.line}`)).toEqual(["m.get('n')!@33", 'f@44', "m.get('o')!@70", 'resolve@87'])
    expect(reasonOf(model, 'main.ts', 'callsFromMap')).toBe("callsFromMap → blocking via m.get('b')! (main.ts:29) → VT_yield (main.ts:7)")
    // The chains say which steps were matched (by shape here); the array is followed exactly.
    const why = (name: string): string => formatChain(name, model.functions.find((f) => f.name === name)!.reason)
    expect(why('callsFromMap')).toBe("callsFromMap → blocking via m.get('b')! (matched: the flow lost this value) (main.ts:29) → VT_yield (main.ts:7)")
    expect(why('pushes')).toBe('pushes → blocking via list[0]! (main.ts:39) → VT_yield (main.ts:7)')
    const edge = (callee: string) => model.calls.find((c) => c.callee === callee)!
    expect([edge("m.get('b')!").matched, edge('list[0]!').matched, edge('this.handler').matched]).toEqual([true, false, false])
  })

  it("a getter gives what it returns; an array method passes the array's elements to its callback", () => {
    const model = analyzeFixture('value-reads')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#<callback to reduce>', 'main.ts#blocking', 'main.ts#give', 'main.ts#loopAll', 'main.ts#viaGetter'],
      boundaries: {
        'main.ts#blocking': ['VT_yield@6'],
        'main.ts#viaGetter': ['b.current@18'],
        'main.ts#<callback to reduce>': ['op@22'],
        'main.ts#loopAll': ['op@27'],
        'main.ts#give': ['loopAll@32'],
      },
      // reduce cannot wait for its callback: reported, where it used to fail at run time.
      diagnostics: ['VT1002 main.ts:22:21'],
    })
  })

  it('a function value is named by its binding through parentheses and every type assertion', () => {
    // `!` and `<T>` are erased as `as` and `satisfies` are; the names in hovers and chains must not depend on which one.
    expect(summarize(analyzeFixture('asserted-bindings')).multistate).toEqual([
      'main.ts#handlers.viaObject',
      'main.ts#viaAngle',
      'main.ts#viaAs',
      'main.ts#viaNonNull',
      'main.ts#viaSatisfies',
    ])
  })

  it('VT_spawn and VT_run start threads; spawning does not make the spawner multistate', () => {
    const model = analyzeFixture('spawn')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#boss', 'main.ts#worker'],
      boundaries: { 'main.ts#worker': ['VT_yield@4'], 'main.ts#boss': ['VT_join@10'] },
      diagnostics: [],
    })
    const name = (id: string): string | undefined => model.functions.find((f) => f.id === id)?.name
    expect(model.threads.map((t) => `${t.by}:${t.entries.map(name).join(',')}@${t.line}`)).toEqual(['VT_spawn:worker@9', 'VT_run:boss@14'])
    expect(model.functions.find((f) => f.name === 'start')?.inThread).toBe(false)
    expect(model.functions.find((f) => f.name === 'worker')?.inThread).toBe(true)
  })
})
