import {
  EditorState,
  EditorSelection,
  Text,
  ChangeSet,
  StateField,
  StateEffect,
  Facet,
  Compartment,
  Prec,
  RangeSetBuilder,
  RangeValue,
  countColumn,
  findColumn,
  codePointAt,
  findClusterBreak,
} from './state.js'
import { attempt } from './attempt.js'
class Mark extends RangeValue {
  constructor(n) {
    super()
    this.n = n
  }
  eq(o) {
    return o.n === this.n
  }
}
export function main() {
  const out = []
  const lines = []
  for (let i = 0; i < 200; i++) lines.push('line ' + i + ' ' + 'x'.repeat(i % 17) + (i % 13 === 0 ? '\t😀é' : ''))
  const text = Text.of(lines)
  attempt(out, 'text', () => [
    text.length,
    text.lines,
    text.line(57).text,
    text.lineAt(1234).number,
    text.sliceString(100, 180),
    text.replace(10, 500, Text.of(['a', 'b'])).toString().length,
    text.eq(Text.of(lines)),
    [...text.iterRange(50, 90)].join('|'),
    text.toJSON().length,
  ])
  const count = StateField.define({ create: () => 0, update: (v, tr) => v + (tr.docChanged ? 1 : 0) })
  const effect = StateEffect.define()
  const tags = Facet.define({ combine: (vs) => vs.join(',') })
  const comp = new Compartment()
  let state = EditorState.create({
    doc: text,
    extensions: [count, tags.of('a'), Prec.high(tags.of('b')), comp.of(tags.of('c'))],
    selection: EditorSelection.cursor(5),
  })
  for (let i = 0; i < 40; i++) {
    attempt(out, 'step ' + i, () => {
      const tr = state.update({
        changes: [
          { from: i * 3, to: i * 3 + (i % 4), insert: 'ins' + i },
          { from: state.doc.length - 1, insert: '\n' + i },
        ],
        effects: i % 5 === 0 ? effect.of(i) : [],
        selection: EditorSelection.range(i, i + 2),
      })
      state = tr.state
      if (i === 20) state = state.update({ effects: comp.reconfigure(tags.of('z')) }).state
      return [
        state.field(count),
        state.facet(tags),
        state.doc.length,
        state.selection.toJSON(),
        tr.changes.toJSON(),
        tr.changes.desc.mapPos(i * 3 + 1),
        state.sliceDoc(0, 40),
      ]
    })
  }
  attempt(out, 'changes', () => {
    const a = ChangeSet.of(
      [
        { from: 0, to: 5, insert: 'hello' },
        { from: 20, insert: 'X' },
      ],
      100,
    )
    const b = ChangeSet.of([{ from: 3, to: 8 }], a.newLength)
    return [a.compose(b).toJSON(), a.map(b.map(a.invert(Text.of(['x'.repeat(100)])))).toJSON(), a.invertedDesc.toJSON(), a.mapPos(50, -1)]
  })
  attempt(out, 'ranges', () => {
    const bld = new RangeSetBuilder()
    for (let i = 0; i < 50; i++) bld.add(i * 4, i * 4 + 3, new Mark(i % 3))
    const set = bld.finish()
    const seen = []
    set.between(10, 120, (from, to, v) => {
      seen.push([from, to, v.n])
    })
    return [seen, set.size, set.map(ChangeSet.of([{ from: 30, to: 60 }], 300)).size, set.update({ filter: (f, t, v) => v.n !== 1 }).size]
  })
  attempt(out, 'columns', () => [countColumn('\t\tab', 4), findColumn('\tabc', 6, 4), codePointAt('😀x', 0), findClusterBreak('e\u0301x👍🏽', 0)])
  attempt(out, 'json', () => EditorState.fromJSON(state.toJSON()).doc.lines)
  attempt(out, 'bad', () => state.update({ changes: { from: 1e9, insert: 'x' } }))
  return out
}
