// Finding the port of a channel object: its own VT_CHANNEL property, or an adapter chosen by the
// object's shape and attached to it on first use.

import { channelOf, isHandle } from '../loops/handles.js'
import { nodePort, nodePortsLeftOut } from './node-ports.js'
import { TypeError, defineProperty } from '../intrinsics.js'
import { VT_CHANNEL, type Channel, type Port } from './port.js'
import { WebPairPort, WebReadPort, WebWritePort, isWebPair, isWebReadable, isWebWritable } from './web-stream.js'

function adapt(ch: object): Port | undefined {
  const node = nodePort(ch)
  if (node !== undefined) return node
  if (isWebReadable(ch)) return new WebReadPort(ch)
  if (isWebWritable(ch)) return new WebWritePort(ch)
  if (isWebPair(ch)) return new WebPairPort(ch)
  return undefined
}

const KINDS = 'a VT_pipe(), a Node socket or stream, a net.Server (VT_accept), a FileHandle, a Web ReadableStream/WritableStream'

const WEB_BUILD =
  " (this bundle was built for the web, which leaves Node's streams, sockets and file handles out: build a Node program for Node — Vite's build.ssr, or Rollup's node-resolve without browser: true)"

/** ch's port, attached now if it has none (VT_channel). */
export function attach(ch: object, primitive: string): Port {
  const channel = ch as Channel
  let port = channel[VT_CHANNEL]
  if (port === undefined) {
    port = adapt(ch)
    if (port === undefined) {
      const name = (ch as { constructor?: { name?: string } }).constructor?.name ?? 'object'
      throw new TypeError(
        `${primitive}: ${name} is not a channel vtify knows: pass ${KINDS}, or give it a [VT_CHANNEL] port${nodePortsLeftOut ? WEB_BUILD : ''}`,
      )
    }
    defineProperty(ch, VT_CHANNEL, { __proto__: null, value: port } as PropertyDescriptor)
  }
  return port
}

/** The port of ch that supports `op`, or a TypeError saying what ch would need to be. */
export function portOf(given: unknown, op: 'read' | 'write' | 'accept' | 'close', primitive: string): Port {
  const ch = isHandle(given) ? channelOf(given, primitive) : given
  if (typeof ch !== 'object' || ch === null) {
    throw new TypeError(`${primitive}: expected a channel (${KINDS}), got ${ch === null ? 'null' : typeof ch}`)
  }
  const port = attach(ch, primitive)
  if (port[op] === undefined) throw new TypeError(`${primitive}: ${port.what} does not support ${op}`)
  return port
}
