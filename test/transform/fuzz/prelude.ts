// The imports a generated program starts with: the primitives, and the helpers of
// corpus/_fuzz.ts it uses (shared by every program, so a batch compiles them once).

import path from 'node:path'
import { CORPUS } from './save.js'

export type Helper = 'b' | 'bt' | 'bv' | 'sum' | 'maybe' | 'box' | 'pair' | 'Hold' | 'res'

/** The helpers' module: copied next to the programs of a batch, imported as './_fuzz.ts'. */
export const HELPERS_FILE = path.join(CORPUS, '_fuzz.ts')

export function prelude(used: ReadonlySet<Helper>): string {
  const primitives = "import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'"
  return used.size === 0 ? primitives : `${primitives}\nimport { ${[...used].sort().join(', ')} } from './_fuzz.ts'`
}
