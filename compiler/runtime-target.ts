// A call edge's target that is a runtime export (`vtify/runtime#VT_read`, CallEdge.to): the one
// place that writes and reads that form, so the rest of the code treats targets as opaque ids.

import { RUNTIME_MODULE } from '../runtime/surface.js'

const PREFIX = `${RUNTIME_MODULE}#`

/** The target naming the runtime export `name`. */
export function runtimeTarget(name: string): string {
  return PREFIX + name
}

/** The runtime export a target names, or undefined for a function id. */
export function runtimeExportOf(target: string): string | undefined {
  return target.startsWith(PREFIX) ? target.slice(PREFIX.length) : undefined
}
