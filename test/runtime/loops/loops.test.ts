// Several event loops on worker threads (docs/runtime.md §14): compiled programs run in processes
// of their own, threads following clues between loops 0 and 1.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compilePrograms, runProgram } from './run.js'

const compiled = compilePrograms()

/** What a program printed, a line each, once it ended cleanly: exit code 0, nothing on stderr. */
async function cleanLines(name: string): Promise<string[]> {
  const run = await runProgram(compiled, name)
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return run.stdout.trim().split('\n')
}

describe('event loops on worker threads', () => {
  it('compiles the programs without errors', () => {
    expect(compiled.diagnostics).toEqual([])
  })

  it('moves threads to the loop owning each clue and back, with their live data, and exits when done', async () => {
    expect(await cleanLines('pipeline')).toEqual([
      '0 010 0,1 0 0 start+hash',
      '1 010 2,2 1 1 start+hash',
      '2 010 4,3 2 2 start+hash',
      '3 010 6,4 3 3 start+hash',
      // a hashed 8-clue over two loops: every other lane key (a helper following beside each)
      // hashes onto lanes of both — by their low bits alone they would all take odd lanes, loop 1
      'lanes 18 14',
      // 4 requests left and came back; 14 lane threads and 17 helpers left and ended on loop 1
      'loop 0 of 2; left 35 arrived 4',
      // footnote 3: no thread had followed a clue before hash (previous: none, the same each time)
      'hash owner 1 follows 4 previous null different 0 same 4',
      'parse owner 0 follows 4 previous hash different 1 same 3',
    ])
  })
})

describe('VT_start without loops', () => {
  it('runs one event loop per core', async () => {
    const cores = os.availableParallelism()
    expect(await cleanLines('default-loops')).toEqual([`${cores} loops; main reached loop ${cores - 1}`])
  })
})

describe('many threads moving at once', () => {
  it('carries each one with its values exact, by ring or by port, in the order they left, past a full ring', async () => {
    expect(await cleanLines('burst')).toEqual(['3000 threads: all arrived on loop 1 with what they carried', 'in order'])
  })

  it('copies a thread when it leaves, though the ring is full: later changes to what it carried stay behind', async () => {
    expect(await cleanLines('held-back')).toEqual(['1000 fillers arrived whole', '1000 of 1000 carriers arrived with their box as it was when they left'])
  })

  it('wakes a sleeping loop for every arrival, with the idle spin and without it', async () => {
    for (const spinMicros of ['0', '50']) {
      const run = await runProgram(compiled, 'wake', [spinMicros])
      expect(run.stderr, `spinMicros ${spinMicros}`).toBe('')
      expect(run.stdout.trim(), `spinMicros ${spinMicros}`).toBe('720 of 720 hops landed where their clue is')
    }
  })
})

describe('every kind of value docs/runtime.md §14.3 lets cross', () => {
  it('arrives on loop 1 and back on loop 0 as it left, a cycle still a cycle, a SharedArrayBuffer shared', async () => {
    expect(await cleanLines('kinds')).toEqual([
      'loops 0 1 0; cycle kept true true; shared 42',
      'bigint 1180591620717411303424',
      'number -0',
      'number NaN',
      'string of 300: ü😀',
      'boolean false',
      'object null',
      'undefined undefined',
      '[number 1,hole,number 3]',
      'Map(string of 1: a=>[number 1] number 2=>{b:number 3})',
      'Set(number 1 string of 3: two {three:number 3})',
      'Date(1970-01-02T00:00:00.000Z)',
      'RegExp(a+b/giu at 0)',
      'ArrayBuffer(1,2,3)',
      'Float64Array(number 0.5,number -0)',
      'BigInt64Array(bigint 7,bigint -8)',
      'Uint8ClampedArray(number 255,number 0)',
      'Int16Array(number -2,number 5)',
      'DataView(2+4 of 6: -300)',
      '[String object(boxed),Number object(4),Boolean object(true)]',
      'RangeError(out cause TypeError(inner))',
      'main sees shared 42',
    ])
  })
})

describe('Buffers across event loops', () => {
  it('arrive as Buffers, the same object wherever the thread held one, and so does a Buffer returned on another loop', async () => {
    expect(await cleanLines('buffers')).toEqual([
      "on loop 1: head Buffer 'pooled', parts Buffer Buffer",
      'the same Buffer twice: true; plain Uint8Array',
      'Buffer methods: 6f6f pooledaaa',
      "back on loop 0: head Buffer 'pooled'",
      "joined on loop 0: Buffer 'made on loop 1'",
    ])
  })
})

/** The line of carries' VT_follow in errors.ts, which the error names. */
function carriesFollowLine(): number {
  const lines = fs.readFileSync(path.join(import.meta.dirname, 'programs/errors.ts'), 'utf8').split('\n')
  const start = lines.findIndex((line) => line.startsWith('export function carries'))
  return start + 1 + lines.slice(start).findIndex((line) => line.includes('VT_follow(away)'))
}

describe('errors across event loops', () => {
  it('carries errors home, cancels a thread on another loop, refuses what cannot cross, reports unjoined errors', async () => {
    const run = await runProgram(compiled, 'errors')
    expect(run.code).toBe(0)
    // printed on loop 1 (its worker's output reaches stdout when it does): the finally block ran there
    const lines = run.stdout.trim().split('\n')
    expect(lines).toContain('sleeper cleaned up on loop 1')
    expect(lines.filter((line) => !line.startsWith('sleeper'))).toEqual([
      'join: RangeError: failed on loop 1, instanceof RangeError: true',
      'stack names the remote frame: true',
      'dump: true',
      'cancelled: Cancelled',
      expect.stringMatching(
        new RegExp(
          `^TypeError on loop 0: VT_follow: thread #\\d+ cannot move to event loop #1: a variable of carries \\(errors\\.ts:${carriesFollowLine()}\\) live across the move \\(continuation slot \\w+\\$s\\d+\\) cannot cross between event loops: it holds a function\\.`,
        ),
      ),
      'moved text',
      expect.stringMatching(
        /^TypeError on loop 0: VT_follow: thread #\d+ cannot move to event loop #1: .* it holds a detached ArrayBuffer, which cannot be copied\./,
      ),
      expect.stringMatching(/^VT_join: thread #\d+ started on event loop #0 and is only passing through this one: join it from there$/),
      'callee 7 went to 1; caller on loop 0',
      'threw 2 cancelled 1 returned 5',
    ])
    expect(run.stderr).toMatch(/^vtify: thread #\d+ unjoined ended with an error that no thread joined:\nError: nobody joins this\n/)
  })
})

describe("a loop's worker stopping", () => {
  it('ends the threads that were on it with an error, gives its clues to the others, and the program runs on', async () => {
    const run = await runProgram(compiled, 'crash')
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^joined: event loop #1 stopped \(its worker exited with code 3\) while thread #\d+ was on it$/),
      'followed doomed to loop 0',
      'stopped: false true',
    ])
    expect(run.stderr).not.toContain('stopped before it told loop #0 it runs') // it had run threads
  })
})

describe('VT_loop()', () => {
  it("gives each loop's index, in top-level code before the loops join as in threads", async () => {
    // The worker's line and main's come in either order.
    expect((await cleanLines('loop-index')).sort()).toEqual(['main on loop 0, then 1, then 0', 'top-level code on loop 0', 'top-level code on loop 1'])
  })
})

describe('following the clue of a loop that does not run', () => {
  it('is a RangeError in a cancelled thread too', async () => {
    const run = await runProgram(compiled, 'follow-cancelled')
    expect(run.stderr).toBe('')
    expect(run.stdout.trim().split('\n')).toEqual([
      "finally: RangeError: VT_follow: there is no event loop #5 (2 run): pass VT_loopClue an index below VT_start's loops",
      'joined: Cancelled',
    ])
  })
})

describe("a loop's worker failing as it starts", () => {
  it('is said on stderr, with the loop and the reason, and the program runs on the other loops', async () => {
    const run = await runProgram(compiled, 'stopped-at-start')
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe('followed second to loop 0')
    expect(run.stderr).toContain(
      'vtify: event loop #1 stopped before it told loop #0 it runs (Error: this module does not load on a worker thread); the program runs on the other loops, which take its clues.',
    )
  })
})

describe('every loop creates the same clues', () => {
  const fix =
    /\. A thread following one of them would move to the event loop that owns another stage\. Every event loop runs the program’s top-level code: create clues there, unconditionally .* and in the same order \(docs\/runtime\.md §14\.5\)\.$/m

  it('ends the program when loops create different clues at top level, naming each clue and the loops', async () => {
    const run = await runProgram(compiled, 'clues-differ')
    expect(run.code).not.toBe(0)
    const [message] = /VT_clue: .*/.exec(run.stderr) ?? []
    expect(message).toMatch(
      /^VT_clue: event loops #0 and #1 do not create the same clues: clue 'hash' is row 2 on loop #0 and row 0 on loop #1; clue 'extra' at row 0 is created on loop #0 and not on loop #1\./,
    )
    expect(message).toMatch(fix)
  })

  it('fails the VT_clue on loop 0 that takes the row another loop gave a clue created later', async () => {
    const run = await runProgram(compiled, 'clues-late')
    expect(run.stdout.trim()).toMatch(
      /^main: VT_clue: event loops do not create the same clues: row 2 is clue 'late on 0' on loop #0 and clue 'late on 1' on loop #1\./,
    )
    expect(run.stdout).toMatch(fix)
    expect(run.code).toBe(0)
  })
})

describe('the Cluethread', () => {
  // Loop 0 runs two 2 ms stages, loop 1 one of 0.1 ms: whatever the machine's speed, loop 0 is
  // the busy one by far, so the first move is decided, not timed.
  it('moves a clue from the busy loop to the idle one, the one with the fewest neighbours there, and says why', async () => {
    const run = await runProgram(compiled, 'balance')
    expect(run.stderr).toBe('')
    // where the clues end up depends on the machine's load (a busy machine skews utilizations):
    // the benchmark measures settling (bench:clues); here, the first move
    const [rounds, owners, utilization, loop0, loop1, firstMove] = run.stdout.trim().split('\n')
    expect(rounds, run.stdout).toBe('rounds true')
    expect(firstMove, run.stdout).toMatch(/^moved clue [ac] from loop 0 \(utilization \d\.\d\d\) to loop 1 \(\d\.\d\d\): 1 neighbour on loop 0$/)
    // VT_stats and VT_dump show each loop's load and the clues it owns
    expect(utilization, run.stdout).toBe('utilization in [0, 1], in [0, 1]')
    const listed = [loop0, loop1].map((line, loop) => {
      const [, clues] =
        line!.match(new RegExp(`^event loop #${loop}${loop === 0 ? ' \\(this one\\)' : ''}: utilization \\d\\.\\d\\d, \\d+ live; clues: (.+)$`)) ?? []
      expect(clues, run.stdout).toBeDefined()
      return clues === 'none' ? [] : clues!.split(', ').map((clue) => `${clue.split(' ')[0]}@${loop}`)
    })
    expect(listed.flat().sort(), run.stdout).toEqual(owners!.replace('owners ', '').split(' ').sort())
  })
})

describe('VT_handle: sockets stay on their loop', () => {
  it('moves a thread back to the loop owning a socket for each read and write through its handle, and closes it from away', async () => {
    expect(await cleanLines('handles')).toEqual([
      // read on 0, computed on 1, the write moved it home
      'trail 010',
      // VT_close on loop 1 went to loop 0 as a message; the thread stayed on 1
      'closed from loop 1',
      'read from loop 1 on loop 0',
      "client got 'HELLO from loop 1'",
      "client got ''",
      "client got 'echo'",
    ])
  })
})

describe('loops in one process (inProcess: { seed })', () => {
  // Three loops as three instances of the runtime and the program in one thread: the seed
  // decides the order messages between loops arrive, and so the tickets threads draw per loop.
  it('repeats a run for its seed, varies with the seed, and the work comes out the same', async () => {
    const outputs = new Map<string, string>()
    for (const seed of ['1', '1', '2', '3', '4', '5']) {
      const run = await runProgram(compiled, 'interleave', [seed])
      expect(run.stderr, `seed ${seed}`).toBe('')
      const lines = run.stdout.trim().split('\n')
      expect(
        lines.map((line) => line.split(' ')[0]),
        `seed ${seed}`,
      ).toEqual(['5', '10', '15', '20', '25', '30'])
      // each thread went right, far, left, far, right: loops 1, 2, 0, 2, 1
      for (const line of lines) expect(line, `seed ${seed}`).toMatch(/^\d+ 1:\d+ 2:\d+ 0:\d+ 2:\d+ 1:\d+$/)
      const before = outputs.get(seed)
      if (before !== undefined) expect(run.stdout, `seed ${seed} run again`).toBe(before)
      outputs.set(seed, run.stdout)
    }
    expect(new Set(outputs.values()).size).toBeGreaterThan(1)
  }, 60_000)
})

describe('VT_cancel of a thread that keeps moving', () => {
  it('reaches it on whichever loop it is, or on its way there; its finally runs and it ends cancelled', async () => {
    const places = new Set<string>()
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      for (const yields of ['20', '50', '90']) {
        const run = await runProgram(compiled, 'cancel-moving', [seed, yields])
        const lines = run.stdout.trim().split('\n')
        expect(run.stderr, `seed ${seed}, ${yields} yields`).toBe('')
        expect(lines, `seed ${seed}, ${yields} yields`).toHaveLength(2)
        expect(lines[0], `seed ${seed}, ${yields} yields`).toMatch(/^finally on loop [012] after [1-9]\d* hops$/)
        expect(lines[1], `seed ${seed}, ${yields} yields`).toBe('Cancelled; cancelled 1 threw 0')
        places.add(lines[0]!.split(' after')[0]!)
      }
    }
    // the cancel met it on every loop, home included (on arrival)
    expect(places.size).toBe(3)
  }, 120_000)
})

describe("a loop's clue (VT_loopClue)", () => {
  it('goes to its loop and back, refuses indices that name no loop, and is no stage: no row, no counters', async () => {
    const refused = (index: number): string => `RangeError: VT_loopClue: expected an event loop's index, an integer from 0 to 63, got ${index}`
    expect(await cleanLines('loop-clues')).toEqual([
      refused(-1),
      refused(1.5),
      refused(64),
      'made loop #63',
      // 1, 1 again (already there: nothing), 0, 1; then stage, loop 1's clue, stage
      'trail 01101010',
      // a loop that does not run: thrown where the thread is, which goes on from there
      "RangeError on loop 1: VT_follow: there is no event loop #2 (2 run): pass VT_loopClue an index below VT_start's loops",
      // footnote 3: the loop's clue between the two follows of stage counts as no clue
      'stage follows 2 previous null different 0 same 2',
    ])
  })

  it('is never moved by the Cluethread, which moves the busy stages around it', async () => {
    const run = await runProgram(compiled, 'loop-clues-balance')
    expect(run.stderr).toBe('')
    const [strays, rows, firstMove] = run.stdout.trim().split('\n')
    expect(strays, run.stdout).toBe('strays 0')
    expect(rows, run.stdout).toBe('rows a b c')
    // a loop's clue between stages: they are nobody's neighbours
    expect(firstMove, run.stdout).toMatch(/^moved clue [ac] from loop 0 \(utilization \d\.\d\d\) to loop 1 \(\d\.\d\d\): 0 neighbours on loop 0$/)
  })
})
