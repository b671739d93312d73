// The step gate (runtime/throw.ts) the playground's step mode holds threads with: asked before
// every state machine call; a refusal parks the thread unchanged, complete(k, k.value) resumes it.

import { afterEach, expect, it } from 'vitest'
import { VT_run, complete } from '../../runtime/index.js'
import type { Continuation } from '../../runtime/protocol.js'
import { setStepGate } from '../../runtime/throw.js'
import { yielder } from './machines/basics.js'

afterEach(() => setStepGate(null))

it('holds a thread before each transition and resumes it where it was', async () => {
  const held: Continuation[] = []
  const states: number[] = []
  setStepGate((k) => {
    if (held.includes(k)) return true
    held.push(k)
    states.push(k.state)
    return false
  })
  const log: string[] = []
  const done = VT_run(yielder, 'A', 2, log)
  await new Promise((resolve) => setImmediate(resolve))
  expect(log).toEqual([])
  expect(held).toHaveLength(1)
  setStepGate(null)
  const k = held[0] as Continuation
  complete(k, k.value)
  await done
  expect(log).toEqual(['A0', 'A1'])
  expect(states).toEqual([0])
})
