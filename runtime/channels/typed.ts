// VT_channel<T>(capacity): a typed channel between threads, a bounded FIFO of values (Go's buffered
// channel; capacity 0 is a rendezvous). VT_send waits while it is full, VT_receive while it is
// empty; VT_close lets receivers drain what is buffered, then VT_receive returns undefined — which
// is why undefined itself cannot be sent. Waiting receivers and senders are served in FIFO order.

import { ChannelError, describeArgument } from '../errors.js'
import { RangeError, TypeError, isInteger } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { NEXT, WAIT, type Continuation, type Signal, type Waiter } from '../protocol.js'
import { Fifo } from '../queue.js'
import { VT_CHANNEL, type Port } from './port.js'

/** Who waits for a value: a VT_receive, or one case of a VT_select. */
export interface Receiver<T> {
  /** Hand the value over (undefined: the channel is closed and drained). */
  take(value: T | undefined): void
}

/** A thread parked in VT_send with the value it sends. */
class Sender<T> implements Waiter {
  constructor(
    readonly channel: VChannel<T>,
    readonly k: Continuation,
    readonly value: T,
  ) {}
  unpark(): void {
    this.channel.forgetSender(this)
  }
}

/** A thread parked in VT_receive. */
class ReceiveWait<T> implements Receiver<T>, Waiter {
  constructor(
    private readonly channel: VChannel<T>,
    private readonly k: Continuation,
  ) {}
  take(value: T | undefined): void {
    complete(this.k, value)
  }
  unpark(): void {
    this.channel.forgetReceiver(this)
  }
}

let channels = 0

export class VChannel<T> {
  readonly capacity: number
  /** How errors name the channel: `channel #3`. */
  readonly what: string
  /** VT_close(ch) closes it; VT_read and VT_write are told it carries values, not bytes. */
  readonly [VT_CHANNEL]: Port
  private readonly items = new Fifo<T>()
  private readonly receivers = new Fifo<Receiver<T>>()
  private readonly senders = new Fifo<Sender<T>>()
  private closedFlag = false

  constructor(capacity = 0) {
    if (!isInteger(capacity) || capacity < 0) throw new RangeError(`VT_channel: capacity must be an integer ≥ 0, got ${describeArgument(capacity)}`)
    this.capacity = capacity
    this.what = `channel #${++channels}`
    this[VT_CHANNEL] = { what: `${this.what} (a channel of values: use VT_send and VT_receive)`, close: () => this.close() }
  }

  get closed(): boolean {
    return this.closedFlag
  }

  /** Values buffered and not yet received. */
  get buffered(): number {
    return this.items.length
  }

  /** A VT_receive would not wait: a value is buffered or offered, or the channel is closed. */
  ready(): boolean {
    return this.items.length > 0 || this.senders.length > 0 || this.closedFlag
  }

  /** The next value, when ready(): buffered first, then a waiting sender's; undefined once closed and drained. */
  takeNow(): T | undefined {
    if (this.items.length > 0) {
      const value = this.items.shift()
      this.refill()
      return value
    }
    const sender = this.senders.shift()
    if (sender === undefined) return undefined
    complete(sender.k, undefined)
    return sender.value
  }

  /** VT_send's first attempt: to a waiting receiver, else into free buffer space. */
  offer(value: T): boolean {
    const receiver = this.receivers.shift()
    if (receiver !== undefined) {
      receiver.take(value)
      return true
    }
    if (this.items.length >= this.capacity) return false
    this.items.push(value)
    return true
  }

  send(k: Continuation, value: T): Signal {
    if (value === undefined) throw new TypeError('VT_send: undefined cannot be sent (VT_receive returns undefined once the channel is closed)')
    if (this.closedFlag) throw new ChannelError('ECLOSED', `VT_send: ${this.what} is closed`)
    if (this.offer(value)) {
      k.value = undefined
      return NEXT
    }
    const sender = new Sender(this, k, value)
    this.senders.push(sender)
    k.waitingOn = sender
    return WAIT
  }

  receive(k: Continuation): Signal {
    if (this.ready()) {
      k.value = this.takeNow()
      return NEXT
    }
    const receiver = new ReceiveWait(this, k)
    this.receivers.push(receiver)
    k.waitingOn = receiver
    return WAIT
  }

  /** Wait for a value (a case of VT_select); forget(receiver) takes it back. */
  await(receiver: Receiver<T>): void {
    this.receivers.push(receiver)
  }

  forgetReceiver(receiver: Receiver<T>): void {
    this.receivers.remove(receiver)
  }

  forgetSender(sender: Sender<T>): void {
    this.senders.remove(sender)
  }

  /** No more sends: waiting receivers get undefined, waiting senders a ChannelError; the buffer drains. */
  close(): void {
    if (this.closedFlag) return
    this.closedFlag = true
    let receiver: Receiver<T> | undefined
    while ((receiver = this.receivers.shift()) !== undefined) receiver.take(undefined)
    let sender: Sender<T> | undefined
    while ((sender = this.senders.shift()) !== undefined) fail(sender.k, new ChannelError('ECLOSED', `VT_send: ${this.what} was closed while sending`))
  }

  /** Buffer space was freed: the longest-waiting senders move their values in. */
  private refill(): void {
    while (this.items.length < this.capacity && this.senders.length > 0) {
      const sender = this.senders.shift() as Sender<T>
      this.items.push(sender.value)
      complete(sender.k, undefined)
    }
  }
}

function channelOf(ch: unknown, primitive: string): VChannel<unknown> {
  if (ch instanceof VChannel) return ch as VChannel<unknown>
  throw new TypeError(`${primitive}: expected a channel made by VT_channel(capacity), got ${ch === null ? 'null' : typeof ch}`)
}

/** VT_send(ch, value). */
export function kSend(k: Continuation, ch: unknown, value: unknown): Signal {
  return channelOf(ch, 'VT_send').send(k, value)
}

/** VT_receive(ch): the next value, or undefined once ch is closed and drained. */
export function kReceive(k: Continuation, ch: unknown): Signal {
  return channelOf(ch, 'VT_receive').receive(k)
}
