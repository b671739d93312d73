// Whether a program's threads can move between event loops: then every MultistateInfo lists the
// slots live at each boundary (continuation.ts), what a moving thread takes with it. A
// program-wide property, so a change of it changes the output of every module (plugin/affected.ts).
// Computed once per model: the transform asks for it in every module, and asking the whole
// program each time made a build quadratic in its size.

import type { FunctionInfo } from '../model.js'

const cache = new WeakMap<readonly FunctionInfo[], boolean>()

export function threadsMigrate(functions: readonly FunctionInfo[]): boolean {
  let migrate = cache.get(functions)
  if (migrate === undefined) cache.set(functions, (migrate = functions.some(follows)))
  return migrate
}

function follows(fn: FunctionInfo): boolean {
  return fn.boundaries.some((b) => b.kind === 'primitive' && b.primitive === 'VT_follow')
}
