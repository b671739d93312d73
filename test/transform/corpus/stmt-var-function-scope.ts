import { VT_yield } from 'vtify/runtime'

// var is function-scoped: a block's var survives the block and a boundary; redeclaring keeps the value.
export function main(log: string[]): number {
  log.push(`before: ${typeof hoisted}`)
  {
    var hoisted = 1
    VT_yield()
  }
  for (var i = 0; i < 3; i++) {
    var hoisted = hoisted + i
    VT_yield()
  }
  var hoisted
  log.push(`after loop i=${i} hoisted=${hoisted}`)
  return hoisted
}
