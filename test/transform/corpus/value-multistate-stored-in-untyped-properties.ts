// @ts-nocheck — JavaScript as written: objects with no declared type, a constructor function
import { VT_yield } from 'vtify/runtime'

function ziggy(log) {
  VT_yield()
  log.push('ziggy ran')
  return 'stardust'
}

function Shape(name) {
  this.name = name
}
Shape.prototype.describe = function (log) {
  VT_yield()
  log.push(`describe ${this.name}`)
  return `shape ${this.name}`
}

// A multistate function stored in a property the flow does not follow — of an untyped object,
// of a constructor function's prototype, under a key known only at run time — and called by
// that property is a state boundary (the runtime's dynamic call), not a call it rejects.
export function main(log) {
  const box = {}
  box.ziggy = ziggy
  const viaName = box.ziggy(log)
  const viaLiteralKey = box['ziggy'](log)
  const square = new Shape('square')
  const described = square.describe(log)
  const fns = {}
  for (const key of ['a', 'b']) {
    fns[key] = function () {
      VT_yield()
      return `fn ${key}`
    }
  }
  const keys = []
  for (const key in fns) keys.push(fns[key]())
  VT_yield()
  return [viaName, viaLiteralKey, described, ...keys].join(', ')
}
