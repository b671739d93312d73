// Typed channels, select and line readers beyond the differential corpus (which the oracle checks):
// cancellation of a thread parked on them, and what they say when misused.

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBoth, runProgram, runtimes } from '../transform/harness.js'

const built = buildBoth(path.resolve(import.meta.dirname, 'typed-channels'))

describe('typed channels, VT_select, VT_readLine', () => {
  it('compile without diagnostics', () => {
    expect(built.diagnostics).toEqual([])
  })

  it('take a cancelled receiver, select or sender off the channel', async () => {
    expect(await runProgram(built.vtify, 'cancel.ts', runtimes.vtify)).toEqual([
      'cancelled receiver: Cancelled',
      'select: Cancelled',
      'receiver got value',
      'sender: Cancelled',
      'after the cancelled send: case 1',
      'returned "done"',
    ])
  })

  it('wait for a VT_after longer than a host timer can (2^31 ms, Infinity) instead of firing it at once', async () => {
    expect(await runProgram(built.vtify, 'long-timeout.ts', runtimes.vtify)).toEqual(['case 0: value', 'case 2', 'returned "done"'])
  })

  it('say what is wrong when misused', async () => {
    const log = await runProgram(built.vtify, 'misuse.ts', runtimes.vtify)
    expect(log.map((line) => line.replace(/#\d+/, '#n'))).toEqual([
      'VT_read: channel #n (a channel of values: use VT_send and VT_receive) does not support read',
      'VT_receive: expected a channel made by VT_channel(capacity), got object',
      'VT_select: no cases (it would wait forever)',
      'capacity: VT_channel: capacity must be an integer ≥ 0, got -1',
      'not a capacity: VT_channel: expected a capacity (an integer ≥ 0) or an object to attach (a net.Server, a socket, a stream), got null',
      'timeout: VT_after: ms must be a number ≥ 0, got the string "5"',
      'VT_readLine: a line is longer than 8 bytes',
      'VT_readLine: thread #first is already waiting in VT_readLine on pipe #n; one thread at a time may read (or write) a channel: hand it off, or use a pipe per consumer',
      'VT_read: thread #first is already waiting in VT_readLine on pipe #n; one thread at a time may read (or write) a channel: hand it off, or use a pipe per consumer',
      'first: line',
      'returned "done"',
    ])
  })
})
