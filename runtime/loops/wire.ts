// A migrant as words of a ring (ring.ts), for the common case: a thread whose live variables are
// numbers, short strings, booleans, null or undefined, and that carries no primitive call. Those
// copy exactly as words, where structured clone would need a MessagePort's serializer and a
// wake-up. Anything else — an object, an array, a long string, a bigint — goes by the link's
// MessagePort as before (link.ts); `encodable` says which.
//
// Stable ids and slot names repeat from hop to hop: each end numbers the strings it has seen in
// the order they crossed, so after the first crossing one word names them.

import { fromCharCode, mapDelete, mapGet, mapSet } from '../intrinsics.js'
import { append } from '../lists.js'
import type { Migrant } from './migrant.js'
import type { RingReader, RingWriter } from './ring.js'

/** Kinds of entry. */
export const PORT_ENTRY = 0 // the next message is on the link's MessagePort
export const MIGRANT_ENTRY = 1

// Kinds of value.
const UNDEFINED = 0
const NULL = 1
const FALSE = 2
const TRUE = 3
const INT = 4
const DOUBLE = 5
const STRING = 6

/** Longer strings take the MessagePort: a word loop would be slower than its serializer. */
const MAX_STRING = 256

function encodableValue(value: unknown): boolean {
  if (value === undefined || value === null) return true
  const type = typeof value
  return type === 'number' || type === 'boolean' || (type === 'string' && (value as string).length <= MAX_STRING)
}

/** Whether the ring can carry m (else the MessagePort does). */
export function encodable(m: Migrant): boolean {
  if (m.call !== undefined) return false
  const values = m.values
  for (let i = 0; i < values.length; i++) if (!encodableValue(values[i])) return false
  return true
}

/** The writing end's numbering of strings; what one failed entry numbered is forgotten again. */
export class Names {
  private readonly numbers = new Map<string, number>()
  private readonly added: string[] = []

  /** The number of `name`, or −1 if this is its first crossing (it is numbered now). */
  numberOf(name: string): number {
    const known = mapGet(this.numbers, name)
    if (known !== undefined) return known
    mapSet(this.numbers, name, this.numbers.size)
    append(this.added, name)
    return -1
  }

  /** The entry was published: keep what it numbered. */
  keep(): void {
    this.added.length = 0
  }

  /** The entry did not fit: the reader never saw those names. */
  forget(): void {
    for (const name of this.added) mapDelete(this.numbers, name)
    this.added.length = 0
  }
}

function putChars(w: RingWriter, text: string): void {
  for (let i = 0; i < text.length; i += 2) w.put(text.charCodeAt(i) | ((i + 1 < text.length ? text.charCodeAt(i + 1) : 0) << 16))
}

function getChars(r: RingReader, length: number): string {
  let text = ''
  for (let i = 0; i < length; i += 2) {
    const word = r.get()
    text += i + 1 < length ? fromCharCode(word & 0xffff, word >>> 16) : fromCharCode(word & 0xffff)
  }
  return text
}

function putName(w: RingWriter, names: Names, name: string): void {
  const number = names.numberOf(name)
  if (number >= 0) return w.put(number)
  w.put(-1 - name.length)
  putChars(w, name)
}

function getName(r: RingReader, names: string[]): string {
  const word = r.get()
  if (word >= 0) return names[word] as string
  const name = getChars(r, -1 - word)
  append(names, name)
  return name
}

function isInt(value: number): boolean {
  // −0 is a double: as an int it would arrive as 0
  return (value | 0) === value && (value !== 0 || 1 / value > 0)
}

function putValue(w: RingWriter, value: unknown): void {
  if (value === undefined) w.put(UNDEFINED)
  else if (value === null) w.put(NULL)
  else if (value === false) w.put(FALSE)
  else if (value === true) w.put(TRUE)
  else if (typeof value === 'number') {
    if (isInt(value)) {
      w.put(INT)
      w.put(value)
    } else {
      w.put(DOUBLE)
      w.putDouble(value)
    }
  } else {
    const text = value as string
    w.put(STRING)
    w.put(text.length)
    putChars(w, text)
  }
}

function getValue(r: RingReader): unknown {
  switch (r.get()) {
    case UNDEFINED:
      return undefined
    case NULL:
      return null
    case FALSE:
      return false
    case TRUE:
      return true
    case INT:
      return r.get()
    case DOUBLE:
      return r.getDouble()
    default:
      return getChars(r, r.get())
  }
}

/** Write an encodable migrant as one entry; false, with nothing published, if the ring is full. */
export function writeMigrant(w: RingWriter, names: Names, m: Migrant): boolean {
  w.begin()
  w.put(MIGRANT_ENTRY)
  w.putDouble(m.id)
  putName(w, names, m.root)
  putName(w, names, m.fn)
  w.put(m.state)
  w.put(m.clue)
  w.put(m.lane)
  const frames = m.frames
  w.put(frames.length)
  // [sp, fn id, resume state, fn id, resume state, …]
  for (let i = 0; i < frames.length; i++) {
    if (i % 2 === 1) putName(w, names, frames[i] as string)
    else w.put(frames[i] as number)
  }
  const count = m.names.length
  w.put(count)
  for (let i = 0; i < count; i++) {
    putName(w, names, m.names[i] as string)
    putValue(w, m.values[i])
  }
  if (!w.commit()) {
    names.forget()
    return false
  }
  names.keep()
  return true
}

/** Read a migrant entry (its kind word already read). */
export function readMigrant(r: RingReader, names: string[]): Migrant {
  const id = r.getDouble()
  const root = getName(r, names)
  const fn = getName(r, names)
  const state = r.get()
  const clue = r.get()
  const lane = r.get()
  const frames: (string | number)[] = []
  const length = r.get()
  for (let i = 0; i < length; i++) append(frames, i % 2 === 1 ? getName(r, names) : r.get())
  const slotNames: string[] = []
  const values: unknown[] = []
  const count = r.get()
  for (let i = 0; i < count; i++) {
    append(slotNames, getName(r, names))
    append(values, getValue(r))
  }
  return { id, root, fn, state, frames, names: slotNames, values, clue, lane }
}
