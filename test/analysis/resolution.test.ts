// Call resolution forms: each fixture states its exact multistate set and boundaries.

import { describe, expect, it } from 'vitest'
import type { Boundary } from '../../compiler/index.js'
import { analyzeFixture, reasonOf, summarize } from './summary.js'

/** The multistate functions a boundary may reach; none for a primitive. */
function targetsOf(boundary: Boundary): string[] {
  return boundary.kind === 'call' ? boundary.targets : []
}

describe('call resolution', () => {
  it('paper Figure 2: function1 calls the multistate function2 twice', () => {
    const model = analyzeFixture('paper-figure2')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#function1', 'main.ts#function2'],
      boundaries: { 'main.ts#function2': ['VT_yield@4'], 'main.ts#function1': ['function2@10', 'function2@11'] },
      diagnostics: [],
    })
    expect(reasonOf(model, 'main.ts', 'function1')).toBe('function1 → function2 (main.ts:10) → VT_yield (main.ts:4)')
  })

  it('paper Figure 7: echo_thread blocks in VT_read and VT_write', () => {
    expect(summarize(analyzeFixture('paper-figure7'))).toEqual({
      multistate: ['echo.ts#echo_thread'],
      boundaries: { 'echo.ts#echo_thread': ['VT_read@5', 'VT_write@6'] },
      diagnostics: [],
    })
  })

  it('local function declarations, function expressions, const arrows and nested functions', () => {
    const model = analyzeFixture('local-functions')
    expect(summarize(model).multistate).toEqual(['main.ts#arrow', 'main.ts#declared', 'main.ts#expressed', 'main.ts#inner', 'main.ts#outer'])
    expect(reasonOf(model, 'main.ts', 'outer')).toBe(
      'outer → inner (main.ts:16) → arrow (main.ts:14) → expressed (main.ts:10) → declared (main.ts:7) → VT_sleep (main.ts:4)',
    )
    expect(model.functions.find((f) => f.name === 'pure')?.multistate).toBe(false)
  })

  it('named imports, with and without renaming', () => {
    const model = analyzeFixture('imports-named')
    expect(summarize(model)).toEqual({
      multistate: ['io.ts#readByte', 'main.ts#handle'],
      boundaries: { 'io.ts#readByte': ['VT_read@5'], 'main.ts#handle': ['readByte@5'] },
      diagnostics: [],
    })
    expect(reasonOf(model, 'main.ts', 'handle')).toBe('handle → readByte (main.ts:5) → VT_read (io.ts:5)')
  })

  it('default exports: a function declaration and an arrow', () => {
    expect(summarize(analyzeFixture('imports-default'))).toEqual({
      multistate: ['a.ts#pause', 'b.ts#default', 'main.ts#run'],
      boundaries: { 'a.ts#pause': ['VT_yield@4'], 'b.ts#default': ['VT_yield@4'], 'main.ts#run': ['pause@5', 'step@6'] },
      diagnostics: [],
    })
  })

  it('re-exports: export * and export { a as b } through a barrel', () => {
    expect(summarize(analyzeFixture('reexports'))).toEqual({
      multistate: ['lib/io.ts#send', 'lib/more.ts#nap', 'main.ts#greet'],
      boundaries: { 'lib/io.ts#send': ['VT_write@4'], 'lib/more.ts#nap': ['VT_sleep@4'], 'main.ts#greet': ['send@4', 'rest@5'] },
      diagnostics: [],
    })
  })

  it('namespace imports: m.f()', () => {
    expect(summarize(analyzeFixture('namespace-import'))).toEqual({
      multistate: ['main.ts#loop', 'net.ts#next'],
      boundaries: { 'main.ts#loop': ['net.next@5'], 'net.ts#next': ['VT_accept@4'] },
      diagnostics: [],
    })
  })

  it('class methods: static, instance, this.m(), through the receiver type', () => {
    const model = analyzeFixture('class-methods')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#Conn.drain', 'main.ts#Conn.readAll', 'main.ts#Conn.readSome', 'main.ts#use'],
      boundaries: {
        'main.ts#Conn.drain': ['c.readAll@11'],
        'main.ts#Conn.readAll': ['this.readSome@16'],
        'main.ts#Conn.readSome': ['VT_read@21'],
        'main.ts#use': ['Conn.drain@32'],
      },
      diagnostics: [],
    })
    expect(reasonOf(model, 'main.ts', 'use')).toBe(
      'use → Conn.drain (main.ts:32) → Conn.readAll (main.ts:11) → Conn.readSome (main.ts:16) → VT_read (main.ts:21)',
    )
  })

  it('object-literal methods and arrow properties', () => {
    expect(summarize(analyzeFixture('object-literal-methods'))).toEqual({
      multistate: ['main.ts#api.tick', 'main.ts#api.wait', 'main.ts#client'],
      boundaries: { 'main.ts#api.wait': ['VT_sleep@5'], 'main.ts#api.tick': ['VT_yield@7'], 'main.ts#client': ['api.wait@15', 'api.tick@16'] },
      diagnostics: [],
    })
  })

  it('a method named by a BigInt literal, which the type has no property for, is reached by any key', () => {
    expect(summarize(analyzeFixture('bigint-member-names'))).toEqual({
      multistate: ['main.ts#byBigInt', 'main.ts#byNumber', 'main.ts#o.[1n]'],
      boundaries: { 'main.ts#o.[1n]': ['VT_yield@7'], 'main.ts#byBigInt': ['o[1n]@13'], 'main.ts#byNumber': ['o[1]@17'] },
      diagnostics: [],
    })
  })

  it("an object literal's method its variable's type does not name is reached by a literal key", () => {
    expect(summarize(analyzeFixture('literal-stored-in-other-type'))).toEqual({
      multistate: ['main.ts#byBigIntName', 'main.ts#byOtherName', 'main.ts#o.[1n]', 'main.ts#p.grow'],
      boundaries: {
        'main.ts#o.[1n]': ['VT_yield@10'],
        'main.ts#p.grow': ['VT_yield@22'],
        'main.ts#byBigIntName': ["o['1']@14"],
        'main.ts#byOtherName': ["p['grow']@26"],
      },
      diagnostics: [],
    })
  })

  it('methods through interfaces and base classes reach only the multistate implementations', () => {
    const model = analyzeFixture('interface-dispatch')
    expect(summarize(model).multistate).toEqual(['impl.ts#Busy.work', 'impl.ts#Echo.handle', 'main.ts#dispatch', 'main.ts#start', 'main.ts#viaBase'])
    const dispatch = model.functions.find((f) => f.name === 'dispatch')!
    expect(dispatch.boundaries.map((b) => targetsOf(b).map((t) => model.functions.find((f) => f.id === t)?.name))).toEqual([['Echo.handle']])
    expect(model.functions.find((f) => f.name === 'Quiet.handle')?.multistate).toBe(false)
  })

  it("super.m() and super['m']() in an override call the base method only: no recursion through the override", () => {
    const model = analyzeFixture('super-call')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#Base.step', 'main.ts#Child.step', 'main.ts#Keyed.step', 'main.ts#run'],
      boundaries: {
        'main.ts#Base.step': ['VT_yield@5'],
        'main.ts#Child.step': ['super.step@12'],
        'main.ts#Keyed.step': ["super['step']@22"],
        'main.ts#run': ['b.step@17'],
      },
      diagnostics: [],
    })
    const name = (id: string): string | undefined => model.functions.find((f) => f.id === id)?.name
    for (const override of ['Child.step', 'Keyed.step']) {
      const fn = model.functions.find((f) => f.name === override)!
      expect(targetsOf(fn.boundaries[0]!).map(name)).toEqual(['Base.step'])
    }
    const run = model.functions.find((f) => f.name === 'run')!
    expect(targetsOf(run.boundaries[0]!).map(name).sort()).toEqual(['Base.step', 'Child.step', 'Keyed.step'])
  })

  it('JavaScript sources are part of the program', () => {
    // twice's parameter is typed by a JSDoc function type, whose parameters have no names.
    // Shape.describe calls this.area(), which only Square declares: any multistate method named
    // area may run there (this.name() reaches no multistate one, so it is no boundary); so may
    // areaOf's thing.area() and areaByKey's thing['area'](), their receiver untyped (any).
    expect(summarize(analyzeFixture('js-sources'))).toEqual({
      multistate: [
        'main.ts#napTime',
        'shapes.js#Shape.describe',
        'shapes.js#Square.area',
        'shapes.js#areaByKey',
        'shapes.js#areaOf',
        'shapes.js#areaOfMade',
        'shapes.js#label',
        'util.js#snooze',
        'util.js#twice',
      ],
      boundaries: {
        'main.ts#napTime': ['snooze@4', 'twice@5'],
        'shapes.js#Shape.describe': ['this.area@6'],
        'shapes.js#Square.area': ['VT_yield@15'],
        'shapes.js#areaByKey': ["thing['area']@33"],
        'shapes.js#areaOf': ['thing.area@28'],
        'shapes.js#areaOfMade': ['made().area@48'],
        'shapes.js#label': ['shape.describe@22'],
        'util.js#snooze': ['VT_sleep@4'],
        'util.js#twice': ['each@12', 'each@13'],
      },
      diagnostics: [],
    })
  })

  it('JavaScript before classes: a constructor function keeps a callback, methods assigned to a prototype (one named apply), a visitor called with .call', () => {
    expect(summarize(analyzeFixture('es5-patterns'))).toEqual({
      multistate: [
        'main.js#<callback to Context>',
        'main.js#<callback to walk>.enter',
        'main.js#State.prototype.apply',
        'main.js#State.prototype.eat',
        'main.js#applyOn',
        'main.js#eatOn',
        'main.js#enterAny',
        'main.js#enterContext',
        'main.js#execute',
        'main.js#visit',
        'main.js#walk',
      ],
      boundaries: {
        'main.js#<callback to Context>': ['VT_yield@11'],
        'main.js#enterContext': ['braces.override@15'],
        'main.js#enterAny': ['context.override@19'],
        'main.js#State.prototype.eat': ['VT_yield@27'],
        'main.js#eatOn': ['state.eat@32'],
        'main.js#State.prototype.apply': ['VT_yield@36'],
        'main.js#applyOn': ['state.apply@40'],
        'main.js#execute': ['callback.call@45'],
        'main.js#walk': ['execute@48'],
        'main.js#visit': ['walk@51'],
        'main.js#<callback to walk>.enter': ['VT_yield@53'],
      },
      diagnostics: [],
    })
  })
  it("a bundle's helpers: a variable bound to Object.defineProperty, a helper returning its argument (esbuild's __name), Object.freeze(f), a namespace of getters (esbuild's __export), a class expression and super(cb)", () => {
    expect(summarize(analyzeFixture('bundle-helpers'))).toEqual({
      multistate: [
        'main.js#<callback to __name>',
        'main.js#<callback to freeze>',
        'main.js#Keeper.run',
        'main.js#kept',
        'main.js#nap',
        'main.js#napThenRest',
        'main.js#relayed',
        'main.js#thaw',
        'main.js#viaChanged',
        'main.js#viaEither',
        'main.js#viaNamespace',
      ],
      boundaries: {
        'main.js#nap': ['VT_yield@11'],
        'main.js#<callback to __name>': ['VT_yield@19'],
        'main.js#<callback to freeze>': ['VT_yield@28'],
        // rest only: count, handed to the same helper, stays plain
        'main.js#napThenRest': ['nap@33', 'rest@33'],
        'main.js#thaw': ['frozen@39'],
        'main.js#viaEither': ['either(count, nap)@52'],
        'main.js#viaChanged': ['changed(nap)@55'],
        // the namespace's getter for nap returns nap; countViaNamespace stays plain
        'main.js#viaNamespace': ['ns.nap@65'],
        // a class expression's constructor keeps the callback; super(…) hands it on
        'main.js#Keeper.run': ['this.cb@78'],
        'main.js#kept': ['new Keeper(nap).run@87'],
        'main.js#relayed': ['new Relay(rest).run@90'],
      },
      // nap handed to __name is named, not called
      diagnostics: [],
    })
  })
  it('a function given as the default of a destructured name: declarations, parameters, assignments', () => {
    expect(summarize(analyzeFixture('destructuring-defaults'))).toEqual({
      multistate: ['main.ts#main', 'main.ts#slow', 'main.ts#viaArray', 'main.ts#viaArrayAssignment', 'main.ts#viaAssignment', 'main.ts#viaParam'],
      boundaries: {
        'main.ts#slow': ['VT_yield@8'],
        'main.ts#main': ['cb@13'],
        'main.ts#viaParam': ['cb@16'],
        'main.ts#viaArray': ['first@20'],
        'main.ts#viaAssignment': ['cb@25'],
        'main.ts#viaArrayAssignment': ['first@30'],
      },
      diagnostics: [],
    })
  })
})
