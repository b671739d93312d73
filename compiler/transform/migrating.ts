// Whether a program's threads can move between event loops: then every MultistateInfo lists the
// slots live at each boundary (continuation.ts), what a moving thread takes with it. A
// program-wide property, so a change of it changes the output of every module (plugin/affected.ts).

import type { FunctionInfo } from '../model.js'

export function threadsMigrate(functions: Iterable<FunctionInfo>): boolean {
  for (const fn of functions) if (fn.boundaries.some((b) => b.kind === 'primitive' && b.primitive === 'VT_follow')) return true
  return false
}
