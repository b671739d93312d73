// A call through an object's shorthand property that holds an imported multistate function
// (`{ helper }`): the property's value is the other module's function, which the analysis
// follows through the import (found by the editor session: the caller was left plain, and the
// call failed when it ran).
import { VT_spawn, VT_join } from 'vtify/runtime'
import { helper } from './_helper.ts'

const table = { helper }

function viaTable(tag: string, log: string[]): number {
  return table.helper(tag, log) + table['helper'](tag.toUpperCase(), log)
}

export function main(log: string[]): number {
  const other = VT_spawn(viaTable, 'b', log)
  const mine = viaTable('a', log)
  return mine + VT_join(other)
}
