// The ⏸n markers before every state boundary and `⏸ multistate` after every multistate
// function's name — the editor plugin's inlay hints, from the same model.

import { StateEffect, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'
import type { FileView } from './file-view'

class Marker extends WidgetType {
  constructor(
    readonly text: string,
    readonly title: string,
  ) {
    super()
  }

  override eq(other: Marker): boolean {
    return other.text === this.text && other.title === this.title
  }

  toDOM(): HTMLElement {
    const span = document.createElement('span')
    span.className = 'vt-marker'
    span.textContent = this.text
    span.title = this.title
    return span
  }
}

export const setFileView = StateEffect.define<FileView | undefined>()

function decorations(view: FileView | undefined, length: number): DecorationSet {
  if (!view) return Decoration.none
  const ranges: Range<Decoration>[] = []
  for (const fn of view.functions) {
    if (fn.multistate && fn.end <= length) ranges.push(Decoration.widget({ widget: new Marker('⏸ multistate', fn.name), side: 1 }).range(fn.end))
  }
  for (const { boundary, fn, number } of view.boundaries) {
    const title = `state boundary ⏸${number} of ${fn.name}: the thread can suspend here`
    if (boundary.start <= length) ranges.push(Decoration.widget({ widget: new Marker(`⏸${number}`, title), side: -1 }).range(boundary.start))
  }
  return Decoration.set(ranges, true)
}

/** The file view the editor shows (for hovers too) and its markers. */
export const fileViewField = StateField.define<FileView | undefined>({
  create: () => undefined,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setFileView)) return e.value
    return tr.docChanged ? undefined : value
  },
})

export const markersField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) if (e.is(setFileView)) return decorations(e.value, tr.state.doc.length)
    return deco.map(tr.changes)
  },
  provide: (f) => EditorView.decorations.from(f),
})
