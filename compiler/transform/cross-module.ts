// Which multistate functions another module calls in continuation-passing style. Only those need
// the helpers a caller in another module imports (imported.ts: `f$sm`, `f$enter`, `f$fields`,
// `f$depth`, or `$info` for a method or closure): most exported functions are called from their
// own module or through a thread start, and their helpers made a fifth of the output for nothing
// (docs/benchmarks.md). A caller imports a callee's helpers only for a target of one of its call
// boundaries, so the callees of boundaries in other files are all that is needed. A program-wide
// property: plugin/affected.ts counts it among a module's functions, so a module is compiled
// again when such a call to one of its functions appears or goes.

import type { FunctionInfo } from '../model.js'
import { oncePer } from '../once-per.js'

/** Ids of the functions that a call boundary in another file may reach. */
export const calledFromOtherModules = oncePer((functions: readonly FunctionInfo[]): ReadonlySet<string> => {
  const fileOf = new Map(functions.map((f) => [f.id, f.file]))
  const ids = new Set<string>()
  for (const caller of functions) {
    for (const b of caller.boundaries) {
      if (b.kind !== 'call') continue
      for (const target of b.targets) if (fileOf.get(target) !== caller.file) ids.add(target)
    }
  }
  return ids
})
