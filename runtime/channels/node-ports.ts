// The ports of Node's channel objects — file handles, servers, streams — chosen by the object's
// shape. A page has none of these objects: package.json's `browser` field maps this module to
// node-ports.browser.ts, so that a bundle built for the web (Vite's client build; Rollup's
// node-resolve with `browser: true`; esbuild, webpack) does not carry their code
// (docs/runtime.md §11, "What a bundle takes").

import { FileHandlePort, isFileHandle } from './file-handle.js'
import { NodeServerPort, isNodeServer } from './node-server.js'
import { NodeStreamPort, isNodeStream } from './node-stream.js'
import type { PortClass } from './port.js'

/** Whether this build leaves Node's channel objects out: true only in node-ports.browser.ts. */
export const nodePortsLeftOut = false

/** The class of ch's port if ch is a Node channel object, else undefined (no port is made here). */
export function nodePortClass(ch: object): PortClass | undefined {
  if (isFileHandle(ch)) return FileHandlePort
  if (isNodeServer(ch)) return NodeServerPort
  if (isNodeStream(ch)) return NodeStreamPort
  return undefined
}
