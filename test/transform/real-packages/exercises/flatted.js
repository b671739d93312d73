import { fromJSON, parse, stringify, toJSON } from './flatted.js'
import { attempt } from './attempt.js'

// Values with cycles and shared parts, through stringify and parse, with and without a replacer
// and a reviver (closures over the state each call keeps).
function values() {
  const a = { name: 'a', list: [1, 'two', { three: 3 }] }
  a.self = a
  const b = { name: 'b', a, pair: [a, a] }
  a.b = b
  const ring = []
  for (let i = 0; i < 5; i++) ring.push({ i, next: null })
  ring.forEach((r, i) => (r.next = ring[(i + 1) % ring.length]))
  return [a, b, ring, 'text', 42, null, [1, [2, [3]]], { s: new String('boxed') }]
}

export function main() {
  const out = []
  for (const v of values()) {
    const text = stringify(v)
    out.push(text, parse(text))
    out.push(stringify(v, (key, value) => (typeof value === 'number' ? value * 2 : value)))
    out.push(stringify(v, ['name', 'list', 'i', 'next'], 2))
    out.push(parse(text, (key, value) => (key === 'name' ? value.toUpperCase() : value)))
    out.push(toJSON(v), fromJSON(toJSON(v)))
  }
  attempt(out, 'bad text', () => parse('[{"a":"1"'))
  return out
}
