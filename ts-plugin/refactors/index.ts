// The vtify refactors, in the order the editor lists them.

import { loopYield } from './loop-yield.js'
import type { Refactor } from './refactor.js'
import { spawnCallback } from './spawn-callback.js'

export const REFACTORS: readonly Refactor[] = [loopYield, spawnCallback]

export type { Refactor, RefactorContext } from './refactor.js'
