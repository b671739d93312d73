// Lines marked as the counterpart of a click in the other code pane (source-map linking).

import { StateEffect, StateField } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

export const setHighlightedLines = StateEffect.define<readonly number[]>()

const mark = Decoration.line({ class: 'vt-linked' })

export const highlightedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (!e.is(setHighlightedLines)) continue
      const doc = tr.state.doc
      const lines = [...new Set(e.value)].filter((n) => n >= 1 && n <= doc.lines).sort((a, b) => a - b)
      return Decoration.set(lines.map((n) => mark.range(doc.line(n).from)))
    }
    return deco.map(tr.changes)
  },
  provide: (f) => EditorView.decorations.from(f),
})
