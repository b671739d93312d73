// node-ports.ts in a bundle built for the web (package.json's `browser` field): a page has no
// Node file handles, servers or streams, so no object is one.

import type { PortClass } from './port.js'

export const nodePortsLeftOut = true

/** The signature of node-ports.ts's nodePortClass; no object here is a Node channel object. */
export function nodePortClass(ch: object): PortClass | undefined {
  void ch
  return undefined
}
