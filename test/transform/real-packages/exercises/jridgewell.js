import { GenMapping, addMapping, addSegment, setSourceContent, toEncodedMap, toDecodedMap, fromMap, maybeAddMapping } from './gen-mapping.js'
import {
  TraceMap,
  originalPositionFor,
  generatedPositionFor,
  allGeneratedPositionsFor,
  eachMapping,
  traceSegment,
  decodedMappings,
  encodedMappings,
  sourceContentFor,
  presortedDecodedMap,
  GREATEST_LOWER_BOUND,
  LEAST_UPPER_BOUND,
} from './trace-mapping.js'
import remapping from './remapping.js'
import resolveUri from './resolve-uri.js'
import { attempt } from './attempt.js'
function build(seed, file) {
  const g = new GenMapping({ file, sourceRoot: 'src/' })
  let x = seed
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648)
  for (let line = 0; line < 20; line++)
    for (let col = 0; col < 60; col += 1 + (next() % 9)) {
      const source = 'm' + (next() % 3) + '.ts'
      if (next() % 5 === 0) addSegment(g, line, col)
      else
        addMapping(g, {
          generated: { line: line + 1, column: col },
          source,
          original: { line: 1 + (next() % 30), column: next() % 40 },
          name: next() % 4 === 0 ? 'n' + (next() % 5) : undefined,
        })
    }
  setSourceContent(g, 'm0.ts', 'const a = 1')
  maybeAddMapping(g, { generated: { line: 3, column: 2 }, source: 'm1.ts', original: { line: 2, column: 2 } })
  return g
}
export function main() {
  const out = []
  for (let seed = 1; seed <= 6; seed++) {
    attempt(out, 'seed ' + seed, () => {
      const g = build(seed, 'out' + seed + '.js')
      const enc = toEncodedMap(g)
      const dec = toDecodedMap(g)
      const t = new TraceMap(enc, 'https://example.com/dist/')
      const res = [enc, dec.mappings.length, t.resolvedSources, encodedMappings(t), decodedMappings(t).length]
      for (let line = 1; line <= 21; line += 2)
        for (let column = 0; column < 64; column += 7) {
          res.push(originalPositionFor(t, { line, column }), originalPositionFor(t, { line, column, bias: LEAST_UPPER_BOUND }))
          res.push(traceSegment(t, line - 1, column))
        }
      for (const source of ['m0.ts', 'm1.ts', 'm2.ts', 'nope.ts']) {
        res.push(generatedPositionFor(t, { source, line: 5, column: 3 }), generatedPositionFor(t, { source, line: 5, column: 3, bias: GREATEST_LOWER_BOUND }))
        res.push(allGeneratedPositionsFor(t, { source, line: 7, column: 0 }), sourceContentFor(t, source))
      }
      let count = 0
      eachMapping(t, (m) => {
        count += m.generatedColumn + (m.originalLine ?? 0)
      })
      res.push(count, toEncodedMap(fromMap(enc)).mappings === enc.mappings)
      res.push(presortedDecodedMap(dec).names)
      return res
    })
  }
  attempt(out, 'remapping', () => {
    const outer = toEncodedMap(build(7, 'bundle.js'))
    const inner = (file) => (file.startsWith('src/m0') ? toEncodedMap(build(8, 'm0.ts')) : null)
    return [
      remapping(outer, inner),
      remapping([outer, toEncodedMap(build(9, 'x'))], () => null, { excludeContent: true, decodedMappings: true }).mappings.length,
    ]
  })
  attempt(out, 'bad map', () => new TraceMap('{"version": 3, "mappings": "AAAA,;;;CAAC", "sources": ["a"], "names": []}').resolvedSources)
  attempt(out, 'not json', () => new TraceMap('{not json'))
  for (const [input, base] of [
    ['../a/./b.js', 'https://x.com/c/d/e.js'],
    ['/root', 'file:///a/b'],
    ['', 'x/y/'],
    ['?q', 'http://h/p?r#f'],
    ['//cdn/x', 'https://h/'],
    ['a/../../b', undefined],
    ['./c', 'd'],
    ['C:/x', undefined],
  ])
    attempt(out, 'uri ' + input + ' ' + base, () => resolveUri(input, base))
  return out
}
