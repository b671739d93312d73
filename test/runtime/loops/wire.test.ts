// The ring between two event loops and a migrant's words in it (runtime/loops/ring.ts, wire.ts),
// both ends in one thread: what is read is what was written, exactly; what the ring cannot carry
// is said so; a full ring publishes nothing, and the names of an entry that did not fit are
// numbered again when it is written later. Rings come in sizes by the number of loops (ringWords):
// the largest and the smallest are both tried.

import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { RingLink, type PeerPort } from '../../../runtime/loops/link.js'
import { MAX_RING_WORDS, MIN_RING_WORDS, RingReader, RingWriter, ringBuffer, ringWords } from '../../../runtime/loops/ring.js'
import { MIGRANT_ENTRY, Names, encodable, readMigrant, writeMigrant } from '../../../runtime/loops/wire.js'
import type { Migrant } from '../../../runtime/loops/migrant.js'

function ends(words = MAX_RING_WORDS): { w: RingWriter; r: RingReader; sent: Names; read: string[] } {
  const buffer = ringBuffer(words)
  return { w: new RingWriter(buffer), r: new RingReader(buffer), sent: new Names(), read: [] }
}

function migrant(values: unknown[], extra: Partial<Migrant> = {}): Migrant {
  return {
    id: 3 * 2 ** 32 + 17,
    root: 'src/a.ts#main@3',
    fn: 'src/b.ts#leaf@40',
    state: 7,
    frames: [4, 'src/a.ts#main@3', 2, 'src/b.ts#mid@20', 5],
    names: values.map((_, i) => `tag$s${i}`),
    values,
    clue: 12,
    lane: 2 ** 31 - 1,
    ...extra,
  }
}

function readOne(r: RingReader, read: string[]): Migrant {
  expect(r.pending()).toBe(true)
  expect(r.get()).toBe(MIGRANT_ENTRY)
  const m = readMigrant(r, read)
  r.done()
  return m
}

const EXACT = [0, -0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, 0.1, -1.5e-300, NaN, Infinity, -Infinity]
const TEXTS = ['', 'a', 'ab', 'héllo', '\u{1F600}', 'x\uD800', '\uDFFFy', 'z'.repeat(256)]

describe('a migrant in the ring', () => {
  it('arrives with every number, string and constant exactly as it left, its names and frames too', () => {
    const { w, r, sent, read } = ends()
    const m = migrant([...EXACT, ...TEXTS, true, false, null, undefined])
    expect(encodable(m)).toBe(true)
    for (let crossing = 0; crossing < 3; crossing++) {
      expect(writeMigrant(w, sent, m)).toBe(true)
      const got = readOne(r, read)
      expect(got.values).toHaveLength(m.values.length)
      got.values.forEach((value, i) => expect(Object.is(value, m.values[i]), `value ${i}: ${String(m.values[i])}`).toBe(true))
      expect({ ...got, values: [] }).toEqual({ ...m, values: [], call: undefined })
    }
    expect(r.pending()).toBe(false)
  })

  it('takes fewer words once its names have crossed', () => {
    const { w, r, sent } = ends()
    const m = migrant([1, 2, 3])
    const used: number[] = []
    for (let crossing = 0; crossing < 2; crossing++) {
      writeMigrant(w, sent, m)
      let words = 0
      for (; r.pending(); words++) r.get()
      r.done()
      used.push(words)
    }
    expect(used[1]).toBeLessThan(used[0] as number)
  })

  it('says which migrants it cannot carry: objects, long strings, bigints, a call to make', () => {
    expect(encodable(migrant([{ a: 1 }]))).toBe(false)
    expect(encodable(migrant([[1, 2]]))).toBe(false)
    expect(encodable(migrant(['z'.repeat(257)]))).toBe(false)
    expect(encodable(migrant([10n]))).toBe(false)
    expect(encodable(migrant([1], { call: { form: 'read', args: [] } }))).toBe(false)
  })
})

describe.each([MAX_RING_WORDS, MIN_RING_WORDS])('a full ring of %i words', (words) => {
  it('publishes nothing of an entry that does not fit, and the names it numbered are numbered again later', () => {
    const { w, r, sent, read } = ends(words)
    const large = migrant(['f'.repeat(200)])
    const small = migrant([0])
    const written: Migrant[] = []
    for (const m of [large, small]) while (writeMigrant(w, sent, m)) written.push(m)
    expect(written.filter((m) => m === large).length * 100).toBeLessThanOrEqual(words)
    // new names, in an entry larger than the small one that no longer fit
    const fresh = migrant([1, 'two'], { root: 'src/c.ts#other@1', names: ['new$s0', 'new$s1'] })
    expect(writeMigrant(w, sent, fresh)).toBe(false)
    for (const m of written) expect(readOne(r, read).values).toEqual(m.values)
    expect(r.pending()).toBe(false)
    // room again: the names cross in full, as if never numbered
    expect(writeMigrant(w, sent, fresh)).toBe(true)
    const got = readOne(r, read)
    expect([got.root, got.names, got.values]).toEqual([fresh.root, fresh.names, fresh.values])
  })

  it('wraps around: many times its size of entries, each read as written', () => {
    const { w, r, sent, read } = ends(words)
    // an entry here is about 20 words: five laps and more
    for (let i = 0; i < (5 * words) / 10; i++) {
      const m = migrant([i, `n${i}`, i / 3])
      expect(writeMigrant(w, sent, m)).toBe(true)
      expect(readOne(r, read).values).toEqual(m.values)
    }
  })
})

describe('ring sizes', () => {
  const bytes = (loops: number): number => loops * (loops - 1) * ringWords(loops) * 4

  it('are the largest for a few loops', () => {
    for (const loops of [2, 4, 8, 16]) expect(ringWords(loops)).toBe(MAX_RING_WORDS)
  })

  it('shrink as loops are added so that all rings together stay within 32 MB, down to the smallest', () => {
    for (let loops = 2; loops <= 256; loops++) {
      const words = ringWords(loops)
      expect(words & (words - 1), `${loops} loops: a power of two`).toBe(0)
      expect(words).toBeGreaterThanOrEqual(MIN_RING_WORDS)
      if (words > MIN_RING_WORDS) expect(bytes(loops), `${loops} loops`).toBeLessThanOrEqual(32 << 20)
      if (loops > 2) expect(words).toBeLessThanOrEqual(ringWords(loops - 1))
    }
    // 64 loops took 258 MB at 64 KB a ring
    expect(bytes(64)).toBeLessThanOrEqual(32 << 20)
    expect(ringWords(256)).toBe(MIN_RING_WORDS)
  })
})

describe('a link between two loops', () => {
  it.each([MAX_RING_WORDS, MIN_RING_WORDS])(
    'sends a migrant larger than the whole ring (%i words) by its data port, in its place among the others',
    (words) => {
      const channel = new MessageChannel()
      const [forward, back] = [ringBuffer(words), ringBuffer(words)]
      const pull = (port: PeerPort) => receiveMessageOnPort(port as unknown as MessagePort)
      const sender = new RingLink(1, { out: forward, in: back, data: channel.port1, bell: new MessageChannel().port1 }, pull)
      const receiver = new RingLink(0, { out: back, in: forward, data: channel.port2, bell: new MessageChannel().port1 }, pull)
      const huge = migrant(Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(256, 'x')))
      const small = (n: number): Migrant => migrant([n])
      for (const m of [small(1), huge, small(2)]) sender.send({ t: 'migrant', m })
      const got: Migrant[] = []
      const receive = (message: unknown): number => got.push((message as { m: Migrant }).m)
      // the first waits in the ring; the huge one behind it, until the ring is read (the retry does this)
      expect(receiver.drain(receive)).toBe(1)
      expect(sender.flush()).toBe(true)
      expect(receiver.drain(receive)).toBe(2)
      expect(got.map((m) => m.values.length)).toEqual([1, 200, 1])
      expect(got[1]?.values).toEqual(huge.values)
      channel.port1.close()
    },
  )
})
