// Finding the port of a channel object: its own VT_CHANNEL property, or an adapter chosen by the
// object's shape and attached to it on first use.

import { channelOf, isHandle } from '../loops/handles.js'
import { nodePortClass, nodePortsLeftOut } from './node-ports.js'
import { TypeError, defineProperty } from '../intrinsics.js'
import { VT_CHANNEL, type Channel, type Port, type PortClass } from './port.js'
import { WebPairPort, WebReadPort, WebWritePort, isWebPair, isWebReadable, isWebWritable } from './web-stream.js'

/** The class of the port an adapter would attach to ch, by ch's shape; undefined for none. */
function adapterOf(ch: object): PortClass | undefined {
  const node = nodePortClass(ch)
  if (node !== undefined) return node
  if (isWebReadable(ch)) return WebReadPort
  if (isWebWritable(ch)) return WebWritePort
  if (isWebPair(ch)) return WebPairPort
  return undefined
}

const KINDS = 'a VT_pipe(), a Node socket or stream, a net.Server (VT_accept), a FileHandle, a Web ReadableStream/WritableStream'

const WEB_BUILD =
  " (this bundle was built for the web, which leaves Node's streams, sockets and file handles out: build a Node program for Node — Vite's build.ssr, or Rollup's node-resolve without browser: true)"

function notAChannel(ch: object, primitive: string): TypeError {
  const name = (ch as { constructor?: { name?: string } }).constructor?.name ?? 'object'
  return new TypeError(`${primitive}: ${name} is not a channel vtify knows: pass ${KINDS}, or give it a [VT_CHANNEL] port${nodePortsLeftOut ? WEB_BUILD : ''}`)
}

function notAnObject(ch: unknown, primitive: string): TypeError {
  return new TypeError(`${primitive}: expected a channel (${KINDS}), got ${ch === null ? 'null' : typeof ch}`)
}

/** ch's port, attached now if it has none (VT_channel). */
export function attach(ch: unknown, primitive: string): Port {
  // VT_handle(null) read a property of null: a TypeError that named no primitive
  if (typeof ch !== 'object' || ch === null) throw notAnObject(ch, primitive)
  const channel = ch as Channel
  let port = channel[VT_CHANNEL]
  if (port === undefined) {
    const Adapter = adapterOf(ch)
    if (Adapter === undefined) throw notAChannel(ch, primitive)
    port = new Adapter(ch as never)
    defineProperty(ch, VT_CHANNEL, { __proto__: null, value: port } as PropertyDescriptor)
  }
  return port
}

/** The port of ch that supports `op`, or a TypeError saying what ch would need to be. */
export function portOf(given: unknown, op: 'read' | 'write' | 'accept' | 'close', primitive: string): Port {
  const ch = isHandle(given) ? channelOf(given, primitive) : given
  if (typeof ch !== 'object' || ch === null) throw notAnObject(ch, primitive)
  const port = attach(ch, primitive)
  if (port[op] === undefined) throw new TypeError(`${primitive}: ${port.what} does not support ${op}`)
  return port
}

/**
 * The TypeError portOf would throw for `given` at its first use, thrown now — without attaching
 * a port, which would listen to a Node stream's errors or lock a Web stream before the program
 * reads it (VT_lines checks its channel when called). A handle passes: its loop checks it.
 */
export function checkChannel(given: unknown, primitive: string): void {
  if (isHandle(given)) return
  if (typeof given !== 'object' || given === null) throw notAnObject(given, primitive)
  if ((given as Channel)[VT_CHANNEL] === undefined && adapterOf(given) === undefined) throw notAChannel(given, primitive)
}
