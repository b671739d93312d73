// Whether a program's threads can move between event loops: then every MultistateInfo lists the
// slots live at each boundary (continuation.ts), what a moving thread takes with it. A
// program-wide property, so a change of it changes the output of every module (plugin/affected.ts).
// Computed once per model: the transform asks for it in every module, and asking the whole
// program each time made a build quadratic in its size.

import type { FunctionInfo } from '../model.js'
import { oncePer } from '../once-per.js'

export const threadsMigrate = oncePer((functions: readonly FunctionInfo[]): boolean => functions.some(follows))

function follows(fn: FunctionInfo): boolean {
  return fn.boundaries.some((b) => b.kind === 'primitive' && b.primitive === 'VT_follow')
}
