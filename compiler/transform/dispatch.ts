// Binds the lowering table (lower.ts) to the files that lower each kind of node. Imported once,
// for its effect, by module.ts: every use of the transform goes through it.

import { calleeOf, explode, explodeList, explodeToTemp, targetOf } from './explode-expressions.js'
import { explodeStatement } from './explode-statements.js'
import { bindLowering } from './lower.js'
import { printNested } from './nested.js'

bindLowering({ explode, explodeList, explodeToTemp, targetOf, calleeOf, statement: explodeStatement, printNested })
