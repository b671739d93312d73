import MagicString, { Bundle } from './magic-string.js'
import { decode, encode } from './codec.js'
import { attempt } from './attempt.js'
const SRC = 'problems = 99; const answer = 42; function f(a, b) { return a + b }\nlet x = [1, 2, 3].map((v) => v * 2)\n'
export function main() {
  const out = []
  const s = new MagicString(SRC)
  attempt(out, 'overwrite', () => s.overwrite(0, 8, 'answer').toString())
  attempt(out, 'prependLeft', () => s.prependLeft(9, '/*x*/').toString())
  attempt(out, 'appendRight', () => s.appendRight(13, ';').toString())
  attempt(out, 'remove', () => s.remove(15, 21).toString())
  attempt(out, 'move', () => s.move(0, 5, 40).toString())
  attempt(out, 'move out of range', () => s.move(0, 500, 4).toString())
  attempt(out, 'overwrite empty', () => s.overwrite(3, 3, 'z').toString())
  attempt(out, 'indent', () => s.indent('  ').toString())
  attempt(out, 'replace', () => s.replace(/answer/g, 'ANSWER').toString())
  attempt(out, 'replaceAll fn', () => s.replaceAll('a', (m) => m.toUpperCase()).toString())
  attempt(out, 'update', () => s.update(50, 52, 'xy').toString())
  attempt(out, 'state', () => [s.hasChanged(), s.length(), s.isEmpty(), s.lastLine(), s.lastChar(), s.original.length])
  attempt(out, 'map', () => {
    const m = s.generateMap({ hires: true, includeContent: true, source: 'in.js' })
    return [m.mappings, decode(m.mappings), m.toString(), m.toUrl().length]
  })
  attempt(out, 'decoded', () => s.generateDecodedMap({ hires: 'boundary' }).mappings)
  attempt(out, 'clone', () => {
    const c = s.clone().trim().prepend('// head\n').append('\n// tail')
    return [c.toString(), c.snip(3, 20).toString(), c.slice(2, 30), c.trimLines().toString()]
  })
  attempt(out, 'bundle', () => {
    const b = new Bundle()
    b.addSource({ filename: 'a.js', content: new MagicString('var a = 1;\nvar b = 2;') })
    b.addSource({ filename: 'b.js', content: new MagicString('console.log(a + b)') })
    b.prepend('// bundle\n').indent('\t')
    return [b.toString(), b.generateMap({ hires: 'boundary', includeContent: true }).mappings, b.length(), b.clone().trimStart().toString()]
  })
  for (let i = 0; i < 40; i++) {
    attempt(out, 'loop ' + i, () => {
      const m = new MagicString('x'.repeat(i + 5) + '\n' + 'y'.repeat(i % 7))
      m.overwrite(1, 3, String(i))
      m.prependRight(i % 4, 'p')
      if (i % 3 === 0) m.remove(4, 5 + (i % 5))
      if (i % 5 === 0) m.move(0, 2, m.original.length)
      return [m.toString(), m.generateDecodedMap().mappings, encode(m.generateDecodedMap().mappings)]
    })
  }
  return out
}
