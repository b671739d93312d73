// The ports of Node's channel objects — file handles, servers, streams — chosen by the object's
// shape. A page has none of these objects: package.json's `browser` field maps this module to
// node-ports.browser.ts, so that a bundle built for the web (Vite's client build; Rollup's
// node-resolve with `browser: true`; esbuild, webpack) does not carry their code
// (docs/runtime.md §11, "What a bundle takes").

import { FileHandlePort, isFileHandle } from './file-handle.js'
import { NodeServerPort, isNodeServer } from './node-server.js'
import { NodeStreamPort, isNodeStream } from './node-stream.js'
import type { Port } from './port.js'

/** Whether this build leaves Node's channel objects out: true only in node-ports.browser.ts. */
export const nodePortsLeftOut = false

/** A port for ch if it is a Node channel object, else undefined. */
export function nodePort(ch: object): Port | undefined {
  if (isFileHandle(ch)) return new FileHandlePort(ch)
  if (isNodeServer(ch)) return new NodeServerPort(ch)
  if (isNodeStream(ch)) return new NodeStreamPort(ch)
  return undefined
}
