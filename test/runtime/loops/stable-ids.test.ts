// Stable ids of state machines (registry.ts): what lets a continuation name its code to another
// event loop, which has loaded the same modules. A nested function's state machine is made per call
// of the function around it, and two functions may share a name and a line: neither has an id.

import { describe, expect, it } from 'vitest'
import { RETURN, type Signal } from '../../../runtime/protocol.js'
import { multistate, stableIdOf, stateMachineById, useStableIds, type MultistateInfo } from '../../../runtime/registry.js'

function machine(): (k: unknown) => Signal {
  return () => RETURN
}

function info(name: string, line: number): MultistateInfo {
  return { name, file: 'src/stages.ts', lines: [line], calls: [''] }
}

describe('stable ids', () => {
  const before = machine()
  multistate(before, info('parse', 3))
  useStableIds()

  it('names a module-level function by file, name and line, registered before or after the loops start', () => {
    const after = machine()
    multistate(after, info('hash', 9))
    expect(stableIdOf(before)).toEqual({ id: 'src/stages.ts#parse@3' })
    expect(stableIdOf(after)).toEqual({ id: 'src/stages.ts#hash@9' })
    expect(stateMachineById('src/stages.ts#hash@9')).toBe(after)
    expect(stateMachineById('src/stages.ts#missing@1')).toBeUndefined()
  })

  it('gives a nested function, registered again with its info, no id', () => {
    const nested = info('inner', 12)
    const first = machine()
    const second = machine()
    multistate(first, nested)
    expect(stableIdOf(first)).toEqual({ id: 'src/stages.ts#inner@12' })
    multistate(second, nested)
    for (const sm of [first, second]) expect(stableIdOf(sm)).toEqual({ why: expect.stringMatching(/^inner \(src\/stages\.ts:12\) is a nested function/) })
    expect(stateMachineById('src/stages.ts#inner@12')).toBeUndefined()
  })

  it('gives two functions of one name on one line no id', () => {
    const a = machine()
    const b = machine()
    multistate(a, info('twin', 20))
    multistate(b, info('twin', 20))
    expect(stableIdOf(a)).toEqual({ why: expect.stringMatching(/shares its name and line with another function$/) })
    expect(stateMachineById('src/stages.ts#twin@20')).toBeUndefined()
  })
})
