// What a channel is to the primitives: a port found on the channel object under VT_CHANNEL.
// Host objects (sockets, streams, file handles, servers) get their port attached on first use,
// by duck typing, so this module and its adapters import nothing from Node.

import type { Continuation, Signal, Waiter } from '../protocol.js'

/** The property under which a channel object carries its port (also how to add a channel kind). */
export const VT_CHANNEL: unique symbol = Symbol.for('vtify.channel') as never

/**
 * The k-passing operations of a channel. Each either completes at once (sets k.value, returns
 * NEXT), throws at once, or parks k (returns WAIT) and later calls complete(k, …) or fail(k, …).
 */
export interface Port extends Waiter {
  /** How errors name the channel: `socket 127.0.0.1:5000`, `pipe #3`. */
  readonly what: string
  /** Read 1..n bytes into buf[0..), or 0 at end of stream. */
  read?(k: Continuation, buf: Uint8Array, n: number): Signal
  /** Write data[0, n) completely, waiting while the channel's buffer is full. */
  write?(k: Continuation, data: Uint8Array, n: number): Signal
  /** The next connection. */
  accept?(k: Continuation): Signal
  /** End the write side (the reader sees end of stream after the buffered data); never waits. */
  close?(): void
  /**
   * Forget k, parked in read, write or accept, which was cancelled (VT_cancel): whatever arrives
   * later must not complete it. Without it, a thread parked on this port cannot be cancelled.
   */
  unpark?(k: Continuation): void
}

/**
 * An adapter: the class of the port attached to a host object of its kind, chosen by the object's
 * shape (channels/index.ts). `never`: each takes only the objects its shape test accepts.
 */
export type PortClass = new (ch: never) => Port

export type Channel = object & { [VT_CHANNEL]?: Port }
