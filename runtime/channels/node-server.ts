// A Node net.Server (or tls.Server) as an accept channel, by structural typing. Connections that
// arrive while no thread waits in VT_accept are held in arrival order; waiting threads are served
// in the order they called VT_accept.

import { complete, fail } from '../loop.js'
import { Fifo } from '../queue.js'
import { NEXT, WAIT, type Continuation, type Signal } from '../protocol.js'
import { ChannelError, channelFailure } from '../errors.js'
import type { Port } from './port.js'

type Listener = (arg: unknown) => void

export interface NodeServerLike {
  on(event: string, listener: Listener): unknown
  listen: (...args: never[]) => unknown
  address(): unknown
  listenerCount?(event: string): number
  listening?: boolean
}

export function isNodeServer(ch: object): ch is NodeServerLike {
  const s = ch as Partial<NodeServerLike>
  return typeof s.on === 'function' && typeof s.listen === 'function' && typeof s.address === 'function'
}

export class NodeServerPort implements Port {
  readonly what = 'server'
  private readonly arrived = new Fifo<unknown>()
  private readonly acceptors = new Fifo<Continuation>()
  private closed = false
  /** The server's last error (a failed listen), until it listens again. */
  private failure: unknown = null

  constructor(private readonly server: NodeServerLike) {
    server.on('connection', (socket) => this.onConnection(socket))
    server.on('close', () => this.onClose())
    server.on('error', (error) => this.onError(error))
    server.on('listening', () => (this.failure = null))
  }

  accept(k: Continuation): Signal {
    if (this.arrived.length > 0) {
      k.value = this.arrived.shift()
      return NEXT
    }
    if (this.closed) throw this.closedError()
    if (this.failure !== null) throw channelFailure('VT_accept', this.what, this.failure)
    this.acceptors.push(k)
    return WAIT
  }

  /** A cancelled acceptor is forgotten: the next connection goes to the next acceptor, or waits. */
  unpark(k: Continuation): void {
    this.acceptors.remove(k)
  }

  private onConnection(socket: unknown): void {
    const acceptor = this.acceptors.shift()
    if (acceptor === undefined) this.arrived.push(socket)
    else complete(acceptor, socket)
  }

  /**
   * A failed listen (EADDRINUSE, EACCES) is thrown at every waiting VT_accept and the next ones:
   * a program that handled the server's 'error' event itself left its acceptors waiting for
   * good. An error of a server that still listens (an accept that failed: EMFILE) is thrown at
   * the waiting ones only, and the next VT_accept waits as before. With no acceptor to tell and
   * no other listener, it is thrown on, as Node throws an error event nobody listens to — this
   * listener must not make it silent.
   */
  private onError(error: unknown): void {
    if (this.server.listening !== true) this.failure = error
    if (this.acceptors.length === 0) {
      if ((this.server.listenerCount?.('error') ?? 0) <= 1) throw error
      return
    }
    let k: Continuation | undefined
    while ((k = this.acceptors.shift()) !== undefined) fail(k, channelFailure('VT_accept', this.what, error))
  }

  private onClose(): void {
    this.closed = true
    let k: Continuation | undefined
    while ((k = this.acceptors.shift()) !== undefined) fail(k, this.closedError())
  }

  private closedError(): ChannelError {
    return new ChannelError('ECLOSED', 'VT_accept: the server is closed; no more connections will arrive')
  }
}
