// The reference typed channel and line reader of the oracle, written from docs/runtime.md §10
// ("Typed channels", "Lines"), not from runtime/channels/:
// - a channel buffers up to `capacity` values; VT_send hands its value to the longest-waiting
//   receiver, else buffers it, else waits; VT_receive takes the oldest buffered value (a waiting
//   sender then moves its value in), else a waiting sender's value, else undefined once closed,
//   else waits;
// - close() resumes every waiting receiver with undefined and fails every waiting sender (ECLOSED);
// - VT_select takes the first ready channel in order, else a VT_after(0), else waits for the first
//   case to fire;
// - a line reader returns the buffered bytes up to "\n" (without "\r\n"/"\n"), the unterminated
//   rest at end of stream, then undefined. It reads 1 KiB at a time.

import { ChannelError, type Outcome, type Waker } from './pipe.js'

/** What a waiting receiver or select case is handed: the value, or undefined at close. */
type Taker = (value: unknown) => void

export class Channel {
  private readonly items: unknown[] = []
  readonly receivers: Taker[] = []
  private readonly senders: Array<{ wake: Waker; value: unknown }> = []
  closed = false

  constructor(private readonly capacity = 0) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`VT_channel: capacity must be an integer ≥ 0, got ${capacity}`)
  }

  ready(): boolean {
    return this.items.length > 0 || this.senders.length > 0 || this.closed
  }

  takeNow(): unknown {
    if (this.items.length > 0) {
      const value = this.items.shift()
      while (this.items.length < this.capacity && this.senders.length > 0) {
        const s = this.senders.shift()!
        this.items.push(s.value)
        s.wake({ value: undefined })
      }
      return value
    }
    const s = this.senders.shift()
    s?.wake({ value: undefined })
    return s?.value
  }

  /** undefined when sent at once, or null: the sender waits. */
  send(wake: Waker, value: unknown): Outcome | null {
    if (value === undefined) return { thrown: new TypeError('VT_send: undefined cannot be sent (VT_receive returns undefined once the channel is closed)') }
    if (this.closed) return { thrown: new ChannelError('ECLOSED', 'VT_send: the channel is closed') }
    const receiver = this.receivers.shift()
    if (receiver) receiver(value)
    else if (this.items.length < this.capacity) this.items.push(value)
    else {
      this.senders.push({ wake, value })
      return null
    }
    return { value: undefined }
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    for (const r of this.receivers.splice(0)) r(undefined)
    for (const s of this.senders.splice(0)) s.wake({ thrown: new ChannelError('ECLOSED', 'VT_send: the channel was closed while sending') })
  }
}

export class After {
  constructor(readonly ms: number) {}
}

/** VT_select: the outcome now, or null after arranging for `wake` to be called with the first case that fires. */
export function select(wake: Waker, cases: unknown): Outcome | null {
  if (!Array.isArray(cases) || cases.length === 0) return { thrown: new TypeError('VT_select: expected an array of cases') }
  const ready = cases.findIndex((c) => c instanceof Channel && c.ready())
  const now = ready >= 0 ? ready : cases.findIndex((c) => c instanceof After && c.ms === 0)
  if (now >= 0) {
    const c = cases[now] as Channel | After
    return { value: { index: now, value: c instanceof Channel ? c.takeNow() : undefined } }
  }
  let done = false
  const takers: Array<[Channel, Taker]> = []
  const timers: NodeJS.Timeout[] = []
  const fire = (index: number, value: unknown): void => {
    if (done) return
    done = true
    for (const [ch, t] of takers) if (ch.receivers.includes(t)) ch.receivers.splice(ch.receivers.indexOf(t), 1)
    timers.forEach(clearTimeout)
    wake({ value: { index, value } })
  }
  cases.forEach((c: unknown, index) => {
    if (c instanceof Channel) {
      const taker: Taker = (value) => fire(index, value)
      takers.push([c, taker])
      c.receivers.push(taker)
    } else timers.push(setTimeout(() => fire(index, undefined), (c as After).ms))
  })
  return null
}

export class Lines {
  private bytes: number[] = []
  ended = false
  constructor(readonly ch: unknown) {}

  /** The next line, undefined after the last, or null: more bytes are needed. */
  next(): string | undefined | null {
    const at = this.bytes.indexOf(10)
    if (at >= 0) {
      const line = this.bytes.splice(0, at + 1)
      line.pop()
      if (line[line.length - 1] === 13) line.pop()
      return new TextDecoder().decode(new Uint8Array(line))
    }
    if (!this.ended) return null
    if (this.bytes.length === 0) return undefined
    return new TextDecoder().decode(new Uint8Array(this.bytes.splice(0)))
  }

  add(buf: Uint8Array, n: number): void {
    if (n === 0) this.ended = true
    for (let i = 0; i < n; i++) this.bytes.push(buf[i]!)
  }
}
