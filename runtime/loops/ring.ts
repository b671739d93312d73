// A one-way ring of 32-bit words in shared memory, from one event loop to another (docs/runtime.md
// §14.2). One loop writes, the other reads; neither ever waits for the other. What makes it
// faster than a MessagePort is that a loop that is already running — or spinning, idle, for a
// moment (peers.ts) — sees an entry the moment it is published, without a wake-up of its thread.
//
// Positions only grow (wrapping as int32s); word i of the ring is at position & mask. The writer
// owns WRITE and the reader READ: each stores its own with an atomic store after the words it
// covers, which is what makes those words visible to the other thread.

import { atomicLoad, atomicStore } from '../intrinsics.js'

// each position on a cache line of its own: the two threads write one each, at every entry
const READ = 0
const WRITE = 16
const HEADER = 32

/** Words in a ring, at most (64 KB) and at least (4 KB): a migrant of a few slots takes a few dozen. */
export const MAX_RING_WORDS = 1 << 14
export const MIN_RING_WORDS = 1 << 10
/** The shared memory all rings of a program may take, about: each loop has one to every other. */
const RINGS_BYTES = 32 << 20

/**
 * Words in each ring of `loops` event loops: the most, until the loops × (loops − 1) rings would
 * pass RINGS_BYTES — at 64 KB each, 64 loops (the default on a 64-core machine) would take
 * 258 MB. A smaller ring only sends more of a burst, and a migrant larger than the ring, by the
 * data port (link.ts).
 */
export function ringWords(loops: number): number {
  const rings = loops * (loops - 1)
  let words = MAX_RING_WORDS
  while (words > MIN_RING_WORDS && rings * words * 4 > RINGS_BYTES) words >>= 1
  return words
}

/** A ring of `words` words, a power of two. */
export function ringBuffer(words: number): SharedArrayBuffer {
  return new SharedArrayBuffer((HEADER + words) * 4)
}

/** Positions & mask is a word's index in the ring. */
function maskOf(words: Int32Array): number {
  return words.length - HEADER - 1
}

// a double crosses as two words
const scratch = new Float64Array(1)
const scratchWords = new Int32Array(scratch.buffer)

/** The writing end. An entry is put word by word, then published by commit() — or dropped by commit() if the ring had no room. */
export class RingWriter {
  private readonly words: Int32Array
  private readonly mask: number
  private at = 0
  /** The position the writer may not reach: the reader's, one ring ahead (refreshed when reached). */
  private limit: number
  private full = false

  constructor(buffer: SharedArrayBuffer) {
    this.words = new Int32Array(buffer)
    this.mask = maskOf(this.words)
    this.limit = this.mask + 1
  }

  /** Start an entry at the published end. */
  begin(): void {
    this.at = atomicLoad(this.words, WRITE)
    this.full = false
  }

  put(word: number): void {
    if (this.at === this.limit) {
      this.limit = (atomicLoad(this.words, READ) + this.mask + 1) | 0
      if (this.at === this.limit) {
        this.full = true
        return
      }
    }
    this.words[HEADER + (this.at & this.mask)] = word
    this.at = (this.at + 1) | 0
  }

  putDouble(value: number): void {
    scratch[0] = value
    this.put(scratchWords[0] as number)
    this.put(scratchWords[1] as number)
  }

  /** Whether the reader has read everything published: an entry that does not fit now never will. */
  drained(): boolean {
    return atomicLoad(this.words, READ) === atomicLoad(this.words, WRITE)
  }

  /** Whether the words put since begin() fit. */
  fits(): boolean {
    return !this.full
  }

  /** Publish the entry; false, and nothing published, if it did not fit. */
  commit(): boolean {
    if (this.full) return false
    atomicStore(this.words, WRITE, this.at)
    return true
  }
}

/** The reading end. */
export class RingReader {
  private readonly words: Int32Array
  private readonly mask: number
  private at = 0

  constructor(buffer: SharedArrayBuffer) {
    this.words = new Int32Array(buffer)
    this.mask = maskOf(this.words)
  }

  /** Whether the writer published an entry not yet read. */
  pending(): boolean {
    return atomicLoad(this.words, WRITE) !== this.at
  }

  get(): number {
    const word = this.words[HEADER + (this.at & this.mask)] as number
    this.at = (this.at + 1) | 0
    return word
  }

  getDouble(): number {
    scratchWords[0] = this.get()
    scratchWords[1] = this.get()
    return scratch[0] as number
  }

  /** The entry is read: give its words back to the writer. */
  done(): void {
    atomicStore(this.words, READ, this.at)
  }
}
